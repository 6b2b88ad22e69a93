import { Tag, Tooltip, Typography } from "antd";
import { Link } from "react-router";
import { useGql } from "@party/client-shared";
import type { FindingRowFragment, FindingStatus } from "../../gql/graphql";
import { ComplianceRules } from "./operations";

export const STATUS_LABELS: Record<FindingStatus, string> = { MET: "已达标", UNMET: "未达标", PENDING: "进行中", EXEMPT: "免检" };
export const STATUS_COLORS: Record<FindingStatus, string> = { MET: "success", UNMET: "error", PENDING: "processing", EXEMPT: "default" };
export const STATUS_OPTIONS = (Object.keys(STATUS_LABELS) as FindingStatus[]).map((value) => ({ value, label: STATUS_LABELS[value] }));

/** The API's period kinds (Rule.periodKind) in words. */
export const PERIOD_KIND_LABELS: Record<string, string> = {
  MONTH: "每月",
  QUARTER: "每季度",
  HALF_YEAR: "每半年",
  YEAR: "每年",
  SEMESTER: "每学期",
  ACADEMIC_YEAR: "每学年",
  SNAPSHOT: "当前状态",
  SUBJECT: "自对象日期起算",
  STEP: "办理时检查",
};

export function StatusTag({ status }: { status: FindingStatus }) {
  return <Tag color={STATUS_COLORS[status]}>{STATUS_LABELS[status]}</Tag>;
}

/** The rulebook, read once a session: each rule's requirement (with today's numbers) to show beside its citation. */
export function useRulebook() {
  return useGql(ComplianceRules, {}, { staleTime: 10 * 60_000 });
}

/**
 * A rule's code and citation; on hover, the rule as the rulebook states it (title, requirement with
 * its numbers, where it is written). Everything shown comes from the API's `rules`.
 */
export function RuleCitation({ code, citation, title }: { code: string; citation: string; title?: string }) {
  const { data } = useRulebook();
  const rule = data?.rules.find((r) => r.code === code);
  const tip = (
    <div data-testid="citation-tooltip">
      {rule ? <div style={{ fontWeight: 600 }}>{rule.requirement}</div> : <div style={{ fontWeight: 600 }}>{title ?? code}</div>}
      <div style={{ opacity: 0.85 }}>出处：《实施意见》{citation}</div>
    </div>
  );
  return (
    <Tooltip title={tip}>
      <span data-testid="rule-citation" style={{ cursor: "help", borderBottom: "1px dashed #bbb" }}>
        <Typography.Text code style={{ fontSize: 12 }}>
          {code}
        </Typography.Text>{" "}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {citation}
        </Typography.Text>
      </span>
    </Tooltip>
  );
}

/** Where each kind of evidence is kept in the console. */
const EVIDENCE_AREA: Record<string, { label: string; path: (ref: { id: string }, f: FindingRowFragment) => string }> = {
  ACTIVITY: { label: "活动", path: (ref) => `/activities/${ref.id}` },
  HAND_IN: { label: "记录册上交", path: (_, f) => `/record-book?branch=${f.unitId}` },
  VISIT: { label: "走访", path: () => "/liaison" },
  DUES: { label: "党费", path: () => "/funding" },
  ALLOCATION: { label: "经费下拨", path: () => "/funding" },
  SPENDING: { label: "经费支出", path: () => "/funding" },
  DOCUMENT: { label: "文件", path: () => "/documents" },
  ROOM: { label: "活动室", path: () => "/rooms" },
  ATTENDANCE: { label: "学时", path: () => "/members" },
  CLASS: { label: "班级", path: () => "/classes" },
  AWARD: { label: "评选表彰", path: () => "/governance" },
  ALLOWANCE: { label: "党务津贴", path: () => "/funding" },
};

/** Where the records of each rule family (Rule.family) are kept: a finding links there to fix it. */
const FAMILY_AREA: Record<string, { label: string; path: (f: FindingRowFragment) => string }> = {
  RECORD_BOOKS: { label: "活动记录册", path: (f) => `/record-book?branch=${f.unitId}` },
  EDUCATION_HOURS: { label: "学习记录", path: (f) => `/activities/study?unitId=${f.unitId}` },
  LIAISON_VISITS: { label: "三联二访", path: () => "/liaison" },
  FUNDS: { label: "经费与党费", path: () => "/funding" },
  ALLOWANCES: { label: "经费与党费", path: () => "/funding" },
  DOCUMENTS: { label: "文件台账", path: () => "/documents" },
  THOUGHT_REPORTS: { label: "文件台账", path: () => "/documents" },
  ROOMS: { label: "活动阵地", path: () => "/rooms" },
  STUDENT_COVERAGE: { label: "班级与党小组", path: () => "/classes" },
  AWARDS: { label: "党务公开与表彰", path: () => "/governance" },
  MEMBER_DUTIES: { label: "党员管理", path: () => "/members" },
};

/**
 * Where to go from a finding: for meetings, the period's activities and (while not met) a new
 * meeting of the unit starting on the period's first day; otherwise the area keeping its records.
 */
export function FindingActions({ finding: f, canWrite }: { finding: FindingRowFragment; canWrite: boolean }) {
  const { data } = useRulebook();
  const family = data?.rules.find((r) => r.code === f.ruleCode)?.family;
  if (family === "ACTIVITIES") {
    const open = f.status === "UNMET" || f.status === "PENDING";
    return (
      <div>
        <div>
          <Link to={`/activities?${new URLSearchParams({ unitId: f.unitId, from: f.periodStart, to: f.periodEnd })}`}>该期间活动</Link>
        </div>
        {open && canWrite && (
          <div>
            <Link to={`/activities/new?${new URLSearchParams({ unitId: f.unitId, date: f.periodStart })}`}>登记活动</Link>
          </div>
        )}
      </div>
    );
  }
  const area = family ? FAMILY_AREA[family] : undefined;
  return (
    <div>
      {f.memberId && (
        <div>
          <Link to={`/members/${f.memberId}`}>党员档案</Link>
        </div>
      )}
      {area && (
        <div>
          <Link to={area.path(f)}>{area.label}</Link>
        </div>
      )}
    </div>
  );
}

/** The records a finding counted, each a link to where it is kept. */
export function EvidenceLinks({ finding }: { finding: FindingRowFragment }) {
  if (!finding.evidence.length) return <Typography.Text type="secondary">—</Typography.Text>;
  const shown = finding.evidence.slice(0, 4);
  return (
    <div>
      {shown.map((ref) => {
        const area = EVIDENCE_AREA[ref.kind];
        const text = ref.label ?? area?.label ?? ref.kind;
        return (
          <div key={`${ref.kind}:${ref.id}`} style={{ lineHeight: 1.6 }}>
            {area ? <Link to={area.path(ref, finding)}>{text}</Link> : text}
          </div>
        );
      })}
      {finding.evidence.length > shown.length && <Typography.Text type="secondary">等 {finding.evidence.length} 条</Typography.Text>}
    </div>
  );
}
