import { lazy, useEffect, useMemo, useState } from "react";
import { Alert, Button, Radio, Select, Space, Spin, Typography } from "antd";
import dayjs from "dayjs";
import { useIsFetching } from "@tanstack/react-query";
import { ErrorAlert, formatDateTime, UnitPicker, useGql, useScopeUnits, useSession } from "@party/client-shared";
import { graphql } from "./gql";
import { DashboardContext, DashboardState, RuleInfo } from "./context";
import { defaultChoice, PeriodChoice, PeriodKindChoice, resolvePeriod } from "./period";
import { DrillProvider } from "./findings";
import { ShowAllContext, WhenVisible } from "./components/when-visible";
import { Headline } from "./sections/headline";
import { Heatmap } from "./sections/heatmap";
import "./styles.css";

// The sections below the first screen are chunks of their own, loaded when scrolled near (or printed).
const EducationSection = lazy(() => import("./sections/education").then((m) => ({ default: m.EducationSection })));
const LiaisonSection = lazy(() => import("./sections/liaison").then((m) => ({ default: m.LiaisonSection })));
const ResourcesSection = lazy(() => import("./sections/resources").then((m) => ({ default: m.ResourcesSection })));
const DevelopmentSection = lazy(() => import("./sections/development").then((m) => ({ default: m.DevelopmentSection })));
const AssessmentSection = lazy(() => import("./sections/assessment").then((m) => ({ default: m.AssessmentSection })));

const DashCalendar = graphql(`
  query DashCalendar {
    semesters {
      id
      label
      startsOn
      endsOn
    }
    rules {
      code
      title
      citation
      kind
      family
      periodKind
      subject
      parameters {
        effectiveFrom
        params
      }
    }
  }
`);

/** Large-screen mode refreshes every minute. */
const LARGE_SCREEN_REFRESH_MS = 60_000;

const PERIOD_KINDS: Array<{ label: string; value: PeriodKindChoice }> = [
  { label: "年度", value: "YEAR" },
  { label: "学期", value: "SEMESTER" },
  { label: "月份", value: "MONTH" },
];

function readUrl(): { choice: PeriodChoice | null; unitId: string | null; large: boolean; refreshSeconds: number } {
  const q = new URLSearchParams(window.location.search);
  const kind = q.get("period") as PeriodKindChoice | null;
  const key = q.get("key");
  // `refresh` (seconds, at least 5) lets a wall screen refresh faster or slower than every minute.
  const refreshSeconds = Math.max(5, Number(q.get("refresh")) || LARGE_SCREEN_REFRESH_MS / 1000);
  return { choice: kind && key ? { kind, key } : null, unitId: q.get("unit"), large: q.get("screen") === "1", refreshSeconds };
}

/** The page's state in its address, so a view can be bookmarked, shared or put on a big screen. */
function writeUrl(choice: PeriodChoice, unitId: string, large: boolean, refreshSeconds: number) {
  const q = new URLSearchParams({ period: choice.kind, key: choice.key, unit: unitId });
  if (large) q.set("screen", "1");
  if (refreshSeconds !== LARGE_SCREEN_REFRESH_MS / 1000) q.set("refresh", String(refreshSeconds));
  window.history.replaceState(null, "", `${window.location.pathname}?${q}`);
}

export function Dashboard({ title }: { title: string }) {
  const { user, signOut, can } = useSession();
  const initial = useMemo(readUrl, []);
  const [choice, setChoice] = useState<PeriodChoice>(initial.choice ?? defaultChoice());
  const [unitId, setUnitId] = useState<string>(initial.unitId ?? user.scopeUnitId ?? "");
  const [large, setLarge] = useState(initial.large);
  const calendar = useGql(DashCalendar, {}, { staleTime: 10 * 60_000 });
  const scope = useScopeUnits();
  const fetching = useIsFetching();
  const [refreshedAt, setRefreshedAt] = useState<string | null>(null);
  useEffect(() => {
    if (fetching === 0) setRefreshedAt(new Date().toISOString());
  }, [fetching]);
  useEffect(() => writeUrl(choice, unitId, large, initial.refreshSeconds), [choice, unitId, large, initial.refreshSeconds]);

  // Printing: render every section, wait until their data is in and the charts drawn, then print.
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    if (!printing || fetching > 0) return;
    const timer = setTimeout(() => {
      window.print();
      setPrinting(false);
    }, 600);
    return () => clearTimeout(timer);
  }, [printing, fetching]);

  const semesters = useMemo(
    () => [...(calendar.data?.semesters ?? [])].sort((a, b) => a.startsOn.localeCompare(b.startsOn)),
    [calendar.data],
  );
  const state = useMemo<DashboardState | null>(() => {
    // The scope's tree only names and groups units: the sections ask for their data without waiting for it.
    if (!calendar.data) return null;
    // A semester not in the calendar (an old bookmark): the default period instead.
    const period = resolvePeriod(choice, semesters) ?? resolvePeriod(defaultChoice(), semesters);
    if (!period) return null;
    const today = dayjs().format("YYYY-MM-DD");
    const rules = new Map<string, RuleInfo>(
      calendar.data.rules.map((r) => {
        const inForce = [...r.parameters]
          .filter((p) => p.effectiveFrom <= today)
          .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
        return [
          r.code,
          {
            code: r.code,
            title: r.title,
            citation: r.citation,
            family: r.family ?? null,
            periodKind: r.periodKind,
            subject: r.subject,
            params: inForce?.params ?? {},
          },
        ];
      }),
    );
    return {
      unitId,
      period,
      semesters,
      rules,
      units: new Map((scope.data ?? []).map((u) => [u.id, u])),
      refetchInterval: large ? initial.refreshSeconds * 1000 : false,
      large,
    };
  }, [calendar.data, scope.data, choice, semesters, unitId, large, initial.refreshSeconds]);

  const enterLarge = () => {
    setLarge(true);
    document.documentElement.requestFullscreen?.().catch(() => undefined);
  };
  const leaveLarge = () => {
    setLarge(false);
    if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  };

  // Years and months to choose from: those the college's calendar covers, up to this year.
  const years = useMemo(() => {
    const first = semesters.length ? Number(semesters[0].startsOn.slice(0, 4)) : dayjs().year();
    const last = Math.max(dayjs().year(), semesters.length ? Number(semesters[semesters.length - 1].endsOn.slice(0, 4)) : 0);
    return Array.from({ length: last - first + 1 }, (_, i) => String(last - i));
  }, [semesters]);
  const periodControl =
    choice.kind === "YEAR" ? (
      <Select
        aria-label="年度"
        style={{ width: 110 }}
        value={choice.key}
        onChange={(key) => setChoice({ kind: "YEAR", key })}
        options={years.map((y) => ({ value: y, label: `${y}年` }))}
      />
    ) : choice.kind === "MONTH" ? (
      <Space.Compact>
        <Select
          aria-label="月份所在年度"
          style={{ width: 100 }}
          value={choice.key.slice(0, 4)}
          onChange={(y) => setChoice({ kind: "MONTH", key: `${y}-${choice.key.slice(5)}` })}
          options={years.map((y) => ({ value: y, label: `${y}年` }))}
        />
        <Select
          aria-label="月份"
          style={{ width: 80 }}
          value={choice.key.slice(5)}
          onChange={(m) => setChoice({ kind: "MONTH", key: `${choice.key.slice(0, 4)}-${m}` })}
          options={Array.from({ length: 12 }, (_, i) => ({ value: String(i + 1).padStart(2, "0"), label: `${i + 1}月` }))}
        />
      </Space.Compact>
    ) : (
      <Select
        aria-label="学期"
        style={{ width: 230 }}
        value={choice.key}
        onChange={(key) => setChoice({ kind: "SEMESTER", key })}
        options={semesters.map((s) => ({ value: s.id, label: s.label }))}
      />
    );

  const switchKind = (kind: PeriodKindChoice) => {
    const today = dayjs();
    if (kind === "YEAR") setChoice({ kind, key: String(today.year()) });
    if (kind === "MONTH") setChoice({ kind, key: today.format("YYYY-MM") });
    if (kind === "SEMESTER") {
      const ref = today.format("YYYY-MM-DD");
      const current =
        semesters.find((s) => s.startsOn <= ref && ref <= s.endsOn) ??
        [...semesters].reverse().find((s) => s.startsOn <= ref) ??
        semesters[0];
      if (current) setChoice({ kind, key: current.id });
    }
  };

  return (
    <div className={`dash-root${large ? " large-screen" : ""}`} data-testid="dashboard" data-fetching={fetching}>
      <div className="dash-toolbar">
        <Space style={{ width: "100%", justifyContent: "space-between" }} wrap>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
            {state && (
              <Typography.Text type="secondary" style={{ fontSize: 14, marginLeft: 12 }} data-testid="period-label">
                {state.units.get(unitId)?.name} · {state.period.label}
              </Typography.Text>
            )}
          </Typography.Title>
          {large ? (
            <Space className="no-print">
              <span className="dash-tag dash-tag-red" data-testid="large-screen-status">
                大屏模式 · 每 {initial.refreshSeconds} 秒自动刷新 · 更新于 {formatDateTime(refreshedAt)}
              </span>
              <Button onClick={leaveLarge}>退出大屏</Button>
            </Space>
          ) : (
            <Space wrap className="no-print">
              <UnitPicker
                value={unitId}
                onChange={(id) => id && setUnitId(id)}
                kinds={["PARTY_COMMITTEE", "GENERAL_BRANCH", "BRANCH"]}
                style={{ width: 240 }}
              />
              <Radio.Group
                aria-label="期间类型"
                optionType="button"
                value={choice.kind}
                onChange={(e) => switchKind(e.target.value)}
                options={PERIOD_KINDS}
              />
              {periodControl}
              <Button onClick={enterLarge}>大屏模式</Button>
              <Button onClick={() => setPrinting(true)} loading={printing}>
                打印
              </Button>
              <span data-testid="user-menu">
                <Typography.Text type="secondary">{user.displayName}</Typography.Text>{" "}
                <Button type="link" size="small" onClick={() => signOut()}>
                  退出
                </Button>
              </span>
            </Space>
          )}
        </Space>
      </div>
      <ErrorAlert error={calendar.error ?? scope.error} onRetry={() => (calendar.refetch(), scope.refetch())} />
      {!state ? (
        calendar.data ? (
          <Alert type="info" title="请选择期间" />
        ) : (
          <Spin description="正在加载…" style={{ display: "block", margin: 48 }} />
        )
      ) : (
        <DashboardContext.Provider value={state}>
          <ShowAllContext.Provider value={printing || large}>
            <DrillProvider>
              <Typography.Title level={5} className="dash-section-title">
                总览
              </Typography.Title>
              <Headline />
              <Typography.Title level={5} className="dash-section-title">
                逐月落实情况
              </Typography.Title>
              <Heatmap />
              <Typography.Title level={5} className="dash-section-title">
                教育学时
              </Typography.Title>
              <WhenVisible testId="education-section">
                <EducationSection />
              </WhenVisible>
              <Typography.Title level={5} className="dash-section-title">
                三联二访
              </Typography.Title>
              <WhenVisible testId="liaison-section">
                <LiaisonSection />
              </WhenVisible>
              <Typography.Title level={5} className="dash-section-title">
                经费与活动室
              </Typography.Title>
              <WhenVisible testId="resources-section">
                <ResourcesSection />
              </WhenVisible>
              {can("PIPELINE_READ") && (
                <>
                  <Typography.Title level={5} className="dash-section-title">
                    党员发展
                  </Typography.Title>
                  <WhenVisible testId="development-section">
                    <DevelopmentSection />
                  </WhenVisible>
                </>
              )}
              {can("ASSESSMENT_READ") && (
                <>
                  <Typography.Title level={5} className="dash-section-title">
                    支部考核
                  </Typography.Title>
                  <WhenVisible testId="assessment-section">
                    <AssessmentSection />
                  </WhenVisible>
                </>
              )}
            </DrillProvider>
          </ShowAllContext.Provider>
        </DashboardContext.Provider>
      )}
    </div>
  );
}
