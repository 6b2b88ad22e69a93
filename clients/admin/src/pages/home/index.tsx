import { lazy, ReactNode, Suspense } from "react";
import { Link } from "react-router";
import { Card, Col, Empty, Progress, Row, Skeleton, Statistic, Tag, Tooltip, Typography } from "antd";
import { ItemList } from "../../components/item-list";
import dayjs from "dayjs";
import { ErrorAlert, formatDate, formatPercent, toLocalDate, useGql, useScopeUnits, useSession } from "@party/client-shared";
import type { HomeFindingFragment } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { ORG_UNIT_KIND } from "../../enum-labels";
import { findingLink } from "../../components/finding-link";
import { HomeDueSoon, HomeRate, HomeSilent, HomeUnmet } from "./operations";

/** A member's own record: its own chunk, so the secretaries' first page does not carry it. */
const MyRecord = lazy(() => import("./my-record"));

/** 工作台: for a member their own record; for everyone else what is due, unmet and silent in their scope. */
export default function HomePage() {
  const { user, can } = useSession();
  if (!user.scopeUnitId || !can("COMPLIANCE_READ"))
    return (
      <Suspense fallback={<Skeleton active />}>
        <MyRecord />
      </Suspense>
    );
  return <ScopeHome unitId={user.scopeUnitId} />;
}

/** The academic year a date falls in starts on 1 September (for the "本学年" rate only). */
function academicYearStart(today: dayjs.Dayjs): dayjs.Dayjs {
  const sept = today.month(8).date(1);
  return today.isBefore(sept, "day") ? sept.subtract(1, "year") : sept;
}

function ScopeHome({ unitId }: { unitId: string }) {
  const units = useScopeUnits().data ?? [];
  const byId = new Map(units.map((u) => [u.id, u]));
  /** "学生支部" is a name many general branches share: the parent's name goes first. */
  const qualified = (id: string, name: string) => {
    const parent = byId.get(byId.get(id)?.parentId ?? "");
    return parent && parent.kind !== "PARTY_COMMITTEE" ? `${parent.name} · ${name}` : name;
  };
  const today = dayjs();
  const month = { from: toLocalDate(today.startOf("month")), to: toLocalDate(today.endOf("month")) };
  const year = { from: toLocalDate(academicYearStart(today)), to: toLocalDate(today) };
  const due = useGql(HomeDueSoon, { unitId });
  const unmet = useGql(HomeUnmet, { unitId, ...month });
  const rate = useGql(HomeRate, { unitId, ...year });
  const silent = useGql(HomeSilent, { unitId });
  const totals = rate.data?.compliance.totals;
  const weakest = [...(rate.data?.compliance.byUnit ?? [])]
    .filter((u) => u.unitId !== unitId && u.complianceRate != null)
    .sort((a, b) => a.complianceRate! - b.complianceRate!)
    .slice(0, 5);

  return (
    <PageFrame title="工作台" subtitle={[byId.get(unitId)?.name, today.format("YYYY年M月D日 dddd")].filter(Boolean).join(" · ")}>
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <Card size="small" title="本学年制度落实" data-testid="home-rate">
            {rate.isLoading ? (
              <Skeleton active />
            ) : rate.error ? (
              <ErrorAlert error={rate.error} onRetry={() => void rate.refetch()} />
            ) : (
              <>
                <Row gutter={8} align="middle">
                  <Col span={12}>
                    <Progress
                      type="dashboard"
                      size={110}
                      percent={totals?.complianceRate == null ? 0 : Math.round(totals.complianceRate * 100)}
                      format={() => formatPercent(totals?.complianceRate)}
                      strokeColor="#c41d1d"
                    />
                  </Col>
                  <Col span={12}>
                    <Statistic title="已达标" value={totals?.met ?? 0} />
                    <Statistic title="未达标" value={totals?.unmet ?? 0} styles={{ content: { color: "#cf1322" } }} />
                  </Col>
                </Row>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {formatDate(year.from)} 起，达标率 = 达标 / (达标 + 未达标)；进行中 {totals?.pending ?? 0} 项
                </Typography.Text>
                {weakest.length > 0 && (
                  <ItemList
                    header={<Typography.Text strong>达标率最低的下级组织</Typography.Text>}
                    items={weakest}
                    rowKey={(u) => u.unitId}
                    title={(u) => <Link to={`/compliance?unitId=${u.unitId}`}>{u.unitName}</Link>}
                    extra={(u) => formatPercent(u.complianceRate)}
                    empty={null}
                  />
                )}
              </>
            )}
          </Card>
        </Col>
        <Col xs={24} md={16}>
          <FindingCard
            title="即将到期（30 天内）"
            testId="home-due-soon"
            query={due}
            items={due.data?.dueSoon.items}
            total={due.data?.dueSoon.totalCount}
            empty="30 天内没有到期的要求"
            more="/compliance?status=PENDING"
            extra={(f) => f.dueBy && <Tag color="orange">{formatDate(f.dueBy)} 前</Tag>}
          />
        </Col>
        <Col xs={24} md={16}>
          <FindingCard
            title={`本月未达标（${today.format("YYYY年M月")}）`}
            testId="home-unmet"
            query={unmet}
            items={unmet.data?.compliance.findings.items}
            total={unmet.data?.compliance.findings.totalCount}
            empty="本月没有未达标的要求"
            more="/compliance?status=UNMET"
            extra={(f) => <Tag color="red">{f.periodLabel}</Tag>}
          />
        </Col>
        <Col xs={24} md={8}>
          <Card size="small" title="长期未开展活动的组织" data-testid="home-silent">
            {silent.isLoading ? (
              <Skeleton active />
            ) : silent.error ? (
              <ErrorAlert error={silent.error} onRetry={() => void silent.refetch()} />
            ) : (
              <ItemList
                empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="各组织近期都有活动" />}
                items={silent.data?.silentUnits.slice(0, 8) ?? []}
                rowKey={(u) => u.unitId}
                extra={(u) => (
                  <Tag color={u.daysSilent == null ? "red" : "orange"}>{u.daysSilent == null ? "从未开展" : `${u.daysSilent} 天`}</Tag>
                )}
                title={(u) => (
                  <Tooltip title={u.message}>
                    <Link to={`/activities/new?unitId=${u.unitId}`}>{qualified(u.unitId, u.unitName)}</Link>
                    <Typography.Text type="secondary" style={{ marginLeft: 6, fontSize: 12 }}>
                      {ORG_UNIT_KIND[u.unitKind as keyof typeof ORG_UNIT_KIND] ?? ""}
                    </Typography.Text>
                  </Tooltip>
                )}
              />
            )}
            {(silent.data?.silentUnits.length ?? 0) > 8 && (
              <Typography.Text type="secondary">另有 {silent.data!.silentUnits.length - 8} 个组织</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </PageFrame>
  );
}

function FindingCard({
  title,
  testId,
  query,
  items,
  total,
  empty,
  more,
  extra,
}: {
  title: string;
  testId: string;
  query: { isLoading: boolean; error: unknown; refetch: () => unknown };
  items?: HomeFindingFragment[];
  total?: number;
  empty: string;
  more: string;
  extra: (f: HomeFindingFragment) => ReactNode;
}) {
  return (
    <Card
      size="small"
      title={title}
      data-testid={testId}
      extra={total ? <Link to={more}>全部 {total} 项</Link> : undefined}
      style={{ height: "100%" }}
    >
      {query.isLoading ? (
        <Skeleton active />
      ) : query.error ? (
        <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <ItemList
          empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} />}
          items={items ?? []}
          rowKey={(f) => `${f.ruleCode}:${f.unitId}:${f.memberId ?? ""}:${f.assignmentId ?? ""}:${f.periodLabel}`}
          extra={extra}
          title={(f) => (
            <Tooltip title={`依据：${f.citation}`}>
              <Link to={findingLink(f)}>
                {f.subjectLabel} · {f.title}
              </Link>
            </Tooltip>
          )}
          description={(f) => `应达 ${f.expected}，实际 ${f.actual}`}
        />
      )}
    </Card>
  );
}
