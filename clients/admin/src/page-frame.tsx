import { ReactNode } from "react";
import { Flex, Typography } from "antd";

/** A page's title row (title, optional subtitle, actions on the right) above its content. */
export function PageFrame({
  title,
  subtitle,
  actions,
  children,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={12} style={{ marginBottom: 16 }}>
        <div>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {subtitle && <Typography.Text type="secondary">{subtitle}</Typography.Text>}
        </div>
        {actions && <Flex gap={8}>{actions}</Flex>}
      </Flex>
      {children}
    </div>
  );
}
