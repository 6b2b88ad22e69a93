import { useMemo } from "react";
import { Typography } from "antd";
import { ErrorAlert, formatPercent } from "@party/client-shared";
import { treeOrder, unitLabel, useDashboard } from "../context";
import { monthLabel, monthRange } from "../period";
import { useDrill } from "../findings";
import { ChartCard } from "../components/chart-card";
import { HEAT_RAMP, heatTextColour } from "../components/palette";
import { Cell, useMonthlyCadence } from "./heatmap-data";

interface HeatRow {
  unitId: string;
  label: string;
  cells: Array<Cell | undefined>;
  /** The first month of the latest unbroken run of months with an unmet finding (ending at the last judged month). */
  behindSince: string | null;
}

/** "Since when": walking back from the last judged month while each judged month has an unmet finding. */
function behindSince(months: string[], cells: Array<Cell | undefined>): string | null {
  let since: string | null = null;
  for (let i = months.length - 1; i >= 0; i--) {
    const c = cells[i];
    // A month without judged findings (vacation, still running) neither breaks nor starts a run.
    if (!c || c.met + c.unmet === 0) continue;
    if (c.unmet === 0) break;
    since = months[i];
  }
  return since;
}

/**
 * Branches (grouped by general branch) × months; a cell is the share of that month's cadence
 * findings met (the monthly meeting rules of the rulebook), from one `complianceMatrix` request.
 * A click opens that unit's findings of that month with citations, expected vs actual, evidence.
 */
export function Heatmap() {
  const state = useDashboard();
  const { unitId, period, rules, units, refetchInterval } = state;
  const drill = useDrill();
  // The monthly meeting rules of the rulebook (family ACTIVITIES, judged per month).
  const cadenceCodes = useMemo(
    () => [...rules.values()].filter((r) => r.family === "ACTIVITIES" && r.periodKind === "MONTH").map((r) => r.code),
    [rules],
  );
  const { cells, names, error, refetch, isLoading } = useMonthlyCadence(unitId, period.months, cadenceCodes, refetchInterval);

  const rows = useMemo<HeatRow[]>(() => {
    // Until the scope's tree is in, the matrix's own rows (named by the matrix).
    const ids = units.size ? treeOrder(state) : [...names.keys()];
    return ids
      .map((id) => ({
        unitId: id,
        label: unitLabel(state, id, names.get(id) ?? id) + (units.get(id)?.kind === "GENERAL_BRANCH" ? "（总支本级）" : ""),
        cells: period.months.map((m) => cells.get(`${id}|${m}`)),
      }))
      .map((r) => ({ ...r, behindSince: behindSince(period.months, r.cells) }))
      .filter((r) => r.cells.some((c) => c && c.total > 0));
  }, [cells, names, units, period.months, state]);

  // Before the data is in, room for the rows to come (so the sections below stay below the fold).
  const expectedRows = useMemo(
    () => treeOrder(state).filter((id) => ["BRANCH", "GENERAL_BRANCH"].includes(units.get(id)?.kind ?? "")).length,
    [state, units],
  );
  const crossesYear = new Set(period.months.map((m) => m.slice(0, 4))).size > 1;
  const monthAxis = period.months.map((m) => (crossesYear ? `${m.slice(2, 4)}年${Number(m.slice(5))}月` : `${Number(m.slice(5))}月`));

  const option = useMemo(() => {
    const rated: unknown[] = [];
    const unrated: unknown[] = [];
    rows.forEach((row, y) =>
      row.cells.forEach((cell, x) => {
        if (!cell || cell.total === 0) return;
        const base = { unitId: row.unitId, month: period.months[x] };
        if (cell.complianceRate != null) {
          const pct = Math.round(cell.complianceRate * 100);
          rated.push({ ...base, value: [x, y, pct], label: { color: heatTextColour(cell.complianceRate) } });
        } else {
          const pending = cell.pending > 0;
          unrated.push({
            ...base,
            text: pending ? "进行中" : "免检",
            value: [x, y, pending ? 1 : 0],
          });
        }
      }),
    );
    return {
      grid: { left: 230, right: 20, top: 10, bottom: 60 },
      tooltip: {
        formatter: (p: { data: { unitId: string; month: string } }) => {
          const cell = cells.get(`${p.data.unitId}|${p.data.month}`);
          const row = rows.find((r) => r.unitId === p.data.unitId);
          return cell
            ? `${row?.label ?? ""}<br/>${monthLabel(p.data.month)}：达标 ${cell.met}，未达标 ${cell.unmet}，进行中 ${cell.pending}，免检 ${cell.exempt}${row?.behindSince ? `<br/>连续未达标自 ${monthLabel(row.behindSince)}` : ""}<br/>点击查看检查结果`
            : "";
        },
      },
      xAxis: { type: "category", data: monthAxis, splitArea: { show: false }, position: "top" },
      yAxis: { type: "category", data: rows.map((r) => r.label), inverse: true, axisLabel: { width: 220, overflow: "truncate" } },
      visualMap: [
        {
          seriesIndex: 0,
          min: 0,
          max: 100,
          calculable: false,
          orient: "horizontal",
          left: "center",
          bottom: 5,
          itemHeight: 200,
          text: ["100% 达标", "0%"],
          inRange: { color: HEAT_RAMP },
        },
        // Cells without a finished finding: 免检 light grey, 进行中 white (a heatmap series needs a visual map).
        { seriesIndex: 1, show: false, min: 0, max: 1, inRange: { color: ["#eeeeee", "#ffffff"] } },
      ],
      series: [
        {
          type: "heatmap",
          name: "达标率",
          data: rated,
          label: { show: true, formatter: (p: { value: number[] }) => `${p.value[2]}%` },
          itemStyle: { borderColor: "#fff", borderWidth: 1 },
        },
        {
          type: "heatmap",
          name: "未判定",
          data: unrated,
          label: { show: true, color: "#595959", fontSize: 10, formatter: (p: { data: { text: string } }) => p.data.text },
        },
      ],
    };
  }, [rows, cells, monthAxis, period.months]);

  const openCell = (unit: string, month: string) => {
    const row = rows.find((r) => r.unitId === unit);
    const { from, to } = monthRange(month);
    drill({
      kind: "findings",
      title: `${row?.label ?? ""} · ${monthLabel(month)} · 会议与组织生活检查`,
      query: { unitId: unit, onlyUnitId: unit, from, to, ruleCodes: cadenceCodes },
    });
  };

  return (
    <section className="dash-section" data-testid="heatmap-section" data-rows={rows.length} data-months={period.months.length}>
      <ErrorAlert error={error} onRetry={() => refetch()} />
      <ChartCard<HeatRow>
        title={
          <span>
            各支部逐月落实情况 <Typography.Text type="secondary">（每格为当月会议与组织生活检查的达标比例，点击查看明细）</Typography.Text>
          </span>
        }
        testId="heatmap"
        loading={isLoading}
        option={option}
        height={Math.max(130, (rows.length || expectedRows) * 24 + 80)}
        onChartClick={({ data }) => {
          const d = data as { unitId?: string; month?: string };
          if (d?.unitId && d.month) openCell(d.unitId, d.month);
        }}
        rows={rows}
        rowKey={(r) => r.unitId}
        fileName={`逐月落实情况-${period.label}`}
        heading={[`各支部逐月会议与组织生活检查达标比例（${period.label}）`]}
        columns={[
          { header: "组织", value: (r) => r.label, width: 30 },
          { header: "连续未达标自", value: (r) => (r.behindSince ? monthLabel(r.behindSince) : ""), width: 14 },
          ...period.months.map((m, i) => ({
            header: monthAxis[i],
            value: (r: HeatRow) => {
              const c = r.cells[i];
              if (!c || c.total === 0) return "";
              return c.complianceRate != null ? formatPercent(c.complianceRate) : c.pending ? "进行中" : "免检";
            },
            render: (r: HeatRow) => {
              const c = r.cells[i];
              if (!c || c.total === 0) return "";
              const text = c.complianceRate != null ? formatPercent(c.complianceRate) : c.pending ? "进行中" : "免检";
              return (
                <Typography.Link data-testid="heat-cell-link" onClick={() => openCell(r.unitId, m)}>
                  {text}
                </Typography.Link>
              );
            },
          })),
        ]}
      />
    </section>
  );
}
