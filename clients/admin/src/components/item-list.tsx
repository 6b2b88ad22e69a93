import { Key, ReactNode } from "react";
import { Flex, Typography } from "antd";

/**
 * A short list of rows (title, description, something on the right), as antd's deprecated List
 * drew them; for the handful of items on a card, where a table would be too heavy.
 */
export function ItemList<T>({
  items,
  rowKey,
  title,
  description,
  extra,
  empty,
  header,
}: {
  items: T[];
  rowKey: (item: T) => Key;
  title: (item: T) => ReactNode;
  description?: (item: T) => ReactNode;
  extra?: (item: T) => ReactNode;
  empty: ReactNode;
  header?: ReactNode;
}) {
  return (
    <div>
      {header && <div style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}>{header}</div>}
      {items.length === 0 && <div style={{ padding: "8px 0" }}>{empty}</div>}
      {items.map((item) => (
        <Flex
          key={rowKey(item)}
          justify="space-between"
          align="center"
          gap={12}
          style={{ padding: "8px 0", borderBottom: "1px solid #f0f0f0" }}
        >
          <div style={{ minWidth: 0 }}>
            <div>{title(item)}</div>
            {description && (
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {description(item)}
              </Typography.Text>
            )}
          </div>
          {extra && <div style={{ flexShrink: 0 }}>{extra(item)}</div>}
        </Flex>
      ))}
    </div>
  );
}
