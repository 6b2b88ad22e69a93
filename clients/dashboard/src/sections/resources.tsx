import { useMemo } from "react";
import { Card, Typography } from "antd";
import { ErrorAlert, formatYuan, useGql } from "@party/client-shared";
import { graphql } from "../gql";
import type { DashResourcesQuery } from "../gql/graphql";
import { codesOf, treeOrder, unitLabel, useDashboard } from "../context";
import { FindingsTable } from "../findings";
import { ChartCard } from "../components/chart-card";
import { SERIES_COLOURS, STATUS_COLOURS } from "../components/palette";

const DashResources = graphql(`
  query DashResources($unitId: ID!, $year: Int!) {
    fundSummary(unitId: $unitId, year: $year) {
      branchId
      allocated
      spent
      balance
      floor
      meetsFloor
      facultyMembers
      studentMembers
      retiredMembers
      citation
    }
    duesSummary(unitId: $unitId, year: $year) {
      branchId
      due
      paid
      members
      membersWithArrears
    }
    duesRebates(unitId: $unitId, year: $year) {
      branchId
      collected
      rebate
      share
    }
    rooms(filter: { unitId: $unitId }, first: 100) {
      totalCount
      items {
        id
        name
        area
        location
        ownerUnitId
        users {
          unitId
          until
        }
      }
    }
  }
`);

type FundRow = DashResourcesQuery["fundSummary"][number] & { label: string };
type DuesRow = DashResourcesQuery["duesSummary"][number] & { label: string; collected: string | null; rebate: string | null };
type RoomRow = DashResourcesQuery["rooms"]["items"][number] & { owner: string; usedBy: string };

const yuan = (v: string | null | undefined) => (v == null ? null : Number(v));

/**
 * Funds and rooms: each branch's allocation against its floor (the API computes the floor and
 * whether it is met), dues collected and the rebate owed, rooms and their area against the
 * rulebook's minimum, and the units the room rules find without a (large enough) room.
 */
export function ResourcesSection() {
  const state = useDashboard();
  const { unitId, period, rules, refetchInterval } = state;
  const { data, error, refetch, isLoading } = useGql(DashResources, { unitId, year: period.year }, { refetchInterval });
  const order = useMemo(() => new Map(treeOrder(state).map((id, i) => [id, i])), [state]);
  const byTree = <T extends { branchId: string }>(rows: T[]) =>
    [...rows].sort((a, b) => (order.get(a.branchId) ?? 1e9) - (order.get(b.branchId) ?? 1e9));

  const funds: FundRow[] = useMemo(
    () => byTree(data?.fundSummary ?? []).map((r) => ({ ...r, label: unitLabel(state, r.branchId, r.branchId) })),
    [data, state],
  );
  const dues: DuesRow[] = useMemo(() => {
    const rebates = new Map((data?.duesRebates ?? []).map((r) => [r.branchId, r]));
    return byTree(data?.duesSummary ?? []).map((r) => ({
      ...r,
      label: unitLabel(state, r.branchId, r.branchId),
      collected: rebates.get(r.branchId)?.collected ?? null,
      rebate: rebates.get(r.branchId)?.rebate ?? null,
    }));
  }, [data, state]);
  const rooms: RoomRow[] = useMemo(
    () =>
      (data?.rooms.items ?? []).map((r) => ({
        ...r,
        owner: unitLabel(state, r.ownerUnitId, ""),
        usedBy: r.users
          .filter((u) => !u.until || u.until >= period.to)
          .map((u) => unitLabel(state, u.unitId, ""))
          .filter(Boolean)
          .join("、"),
      })),
    [data, state, period.to],
  );
  const minArea = rules.get("ROOM_MIN_AREA")?.params.minSquareMetres as number | undefined;
  const fundCitation = funds[0]?.citation;

  return (
    <section className="dash-section">
      <ErrorAlert error={error} onRetry={() => refetch()} />
      <ChartCard<FundRow>
        title={
          <span>
            {period.year}年活动经费{" "}
            <Typography.Text type="secondary">（各支部下拨与经费下限{fundCitation ? `，依据 ${fundCitation}` : ""}）</Typography.Text>
          </span>
        }
        testId="funds"
        loading={isLoading}
        height={Math.max(260, funds.length * 26 + 70)}
        rows={funds}
        rowKey={(r) => r.branchId}
        fileName={`活动经费-${period.year}`}
        heading={[`${period.year}年各党支部活动经费：下拨与下限`]}
        columns={[
          { header: "党支部", value: (r) => r.label, width: 28 },
          { header: "下拨（元）", value: (r) => yuan(r.allocated), render: (r) => formatYuan(r.allocated) },
          { header: "经费下限（元）", value: (r) => yuan(r.floor), render: (r) => formatYuan(r.floor) },
          { header: "是否达到下限", value: (r) => (r.meetsFloor ? "是" : "否") },
          { header: "支出（元）", value: (r) => yuan(r.spent), render: (r) => formatYuan(r.spent) },
          { header: "结余（元）", value: (r) => yuan(r.balance), render: (r) => formatYuan(r.balance) },
          { header: "教职工党员", value: (r) => r.facultyMembers },
          { header: "学生党员", value: (r) => r.studentMembers },
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          legend: { top: 0 },
          grid: { left: 230, right: 40, top: 30, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", axisLabel: { formatter: "¥{value}" } },
          yAxis: {
            type: "category",
            inverse: true,
            data: funds.map((r) => `${r.meetsFloor ? "" : "▲ "}${r.label}`),
            axisLabel: { width: 220, overflow: "truncate" },
          },
          series: [
            {
              type: "bar",
              name: "下拨",
              data: funds.map((r) => yuan(r.allocated)),
              itemStyle: { color: SERIES_COLOURS[0] },
              barMaxWidth: 10,
            },
            {
              type: "bar",
              name: "经费下限",
              data: funds.map((r) => yuan(r.floor)),
              itemStyle: { color: SERIES_COLOURS[2] },
              barMaxWidth: 10,
            },
          ],
        }}
      >
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          ▲ 下拨未达到下限（{funds.filter((f) => !f.meetsFloor).length} 个支部）
        </Typography.Text>
      </ChartCard>
      <ChartCard<DuesRow>
        title={`${period.year}年党费：应交、实交与应返还`}
        testId="dues"
        loading={isLoading}
        height={Math.max(260, dues.length * 26 + 70)}
        rows={dues}
        rowKey={(r) => r.branchId}
        fileName={`党费-${period.year}`}
        heading={[`${period.year}年各党支部党费：应交、实交、应返还`]}
        columns={[
          { header: "党支部", value: (r) => r.label, width: 28 },
          { header: "应交（元）", value: (r) => yuan(r.due), render: (r) => formatYuan(r.due) },
          { header: "实交（元）", value: (r) => yuan(r.paid), render: (r) => formatYuan(r.paid) },
          { header: "当年实收（元）", value: (r) => yuan(r.collected), render: (r) => formatYuan(r.collected) },
          { header: "应返还（元）", value: (r) => yuan(r.rebate), render: (r) => (r.rebate == null ? "未设置比例" : formatYuan(r.rebate)) },
          { header: "有欠缴的党员", value: (r) => r.membersWithArrears },
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          legend: { top: 0 },
          grid: { left: 230, right: 40, top: 30, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", axisLabel: { formatter: "¥{value}" } },
          yAxis: { type: "category", inverse: true, data: dues.map((r) => r.label), axisLabel: { width: 220, overflow: "truncate" } },
          series: [
            { type: "bar", name: "应交", data: dues.map((r) => yuan(r.due)), itemStyle: { color: SERIES_COLOURS[2] }, barMaxWidth: 8 },
            { type: "bar", name: "实交", data: dues.map((r) => yuan(r.paid)), itemStyle: { color: SERIES_COLOURS[0] }, barMaxWidth: 8 },
            { type: "bar", name: "应返还", data: dues.map((r) => yuan(r.rebate)), itemStyle: { color: SERIES_COLOURS[1] }, barMaxWidth: 8 },
          ],
        }}
      />
      <ChartCard<RoomRow>
        title={
          <span>
            党员活动室{" "}
            <Typography.Text type="secondary">
              （面积{minArea != null ? `；▲ 小于 ${minArea} 平方米` : ""}；共 {data?.rooms.totalCount ?? 0} 间）
            </Typography.Text>
          </span>
        }
        testId="rooms"
        loading={isLoading}
        height={Math.max(240, rooms.length * 24 + 70)}
        rows={rooms}
        rowKey={(r) => r.id}
        fileName="党员活动室"
        heading={["党员活动室及面积"]}
        columns={[
          { header: "活动室", value: (r) => r.name, width: 26 },
          { header: "面积（平方米）", value: (r) => Number(r.area) },
          { header: "位置", value: (r) => r.location ?? "" },
          { header: "管理单位", value: (r) => r.owner, width: 24 },
          { header: "使用单位", value: (r) => r.usedBy, width: 40 },
        ]}
        option={{
          aria: { enabled: true, decal: { show: true } },
          grid: { left: 230, right: 50, top: 10, bottom: 20 },
          tooltip: { trigger: "axis" },
          xAxis: { type: "value", axisLabel: { formatter: "{value} m²" } },
          yAxis: {
            type: "category",
            inverse: true,
            data: rooms.map((r) => `${minArea != null && Number(r.area) < minArea ? "▲ " : ""}${r.name}`),
            axisLabel: { width: 220, overflow: "truncate" },
          },
          series: [
            {
              type: "bar",
              name: "面积",
              barMaxWidth: 14,
              data: rooms.map((r) => ({
                value: Number(r.area),
                itemStyle: { color: minArea != null && Number(r.area) < minArea ? STATUS_COLOURS.UNMET : STATUS_COLOURS.MET },
              })),
              label: { show: true, position: "right", formatter: "{c}", fontSize: 10 },
            },
          ],
        }}
      />
      <Card className="dash-card" size="small" title="没有活动室或活动室面积不足的组织（来自制度检查）" data-testid="rooms-missing">
        <FindingsTable
          query={{ unitId, from: period.from, to: period.to, ruleCodes: codesOf(rules, "ROOMS"), status: ["UNMET"] }}
          pageSize={8}
        />
      </Card>
    </section>
  );
}
