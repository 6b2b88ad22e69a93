import { useEffect, useMemo, useState } from "react";
import { Alert, Button, DatePicker, Descriptions, Empty, Flex, Form, Input, Modal, Select, Skeleton, Tag, Typography } from "antd";
import { CheckCircleOutlined, FileExcelOutlined, PrinterOutlined, SendOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import { useSearchParams } from "react-router";
import { useQueryClient } from "@tanstack/react-query";
import {
  ApiError,
  downloadXlsx,
  ErrorAlert,
  fieldErrorsOf,
  formatDate,
  RefusalError,
  toLocalDate,
  UnitPicker,
  unwrapResult,
  useFeedback,
  useGql,
  useGqlMutation,
  useScopeUnits,
  useSession,
} from "@party/client-shared";
import type { RecordBookQuery } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { ACTIVITY_TYPE_LABELS, ATTENDANCE_STATUS_LABELS } from "../activities/activity-labels";
import { formatHours, formatMinutes, patchSearch } from "../activities/unit-param";
import { HandInRecordBook, RecordBookSemesters, RecordBookView } from "./operations";
import { PRINT_STYLE } from "./print-style";

type Book = RecordBookQuery["recordBook"];
type Entry = Book["activities"][number];

const placeOf = (a: Entry) => a.room?.name ?? a.place ?? (a.isOnline ? "线上" : "—");
const namesOf = (a: Entry, status: string) =>
  a.attendance
    .filter((r) => r.status === status && !r.isGuest)
    .map((r) => `${r.member?.name ?? "—"}${r.reason ? `（${r.reason}）` : ""}`)
    .join("、");
const guestsOf = (a: Entry) =>
  a.attendance
    .filter((r) => r.isGuest)
    .map((r) => r.member?.name ?? "—")
    .join("、");

/**
 * 活动记录册: a branch's activities of one semester laid out as the paper book reads (each meeting
 * a section: when, where, who came, what was discussed), printable, exported to .xlsx, and the
 * hand-in to 组织部 recorded.
 */
export default function RecordBookPage() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const semesters = useGql(RecordBookSemesters, {});
  // A branch secretary's own branch is the default; above a branch, one is chosen.
  const scope = useScopeUnits();
  const ownBranch = scope.data?.find((u) => u.id === user.scopeUnitId && u.kind === "BRANCH")?.id;
  const branchId = params.get("branch") ?? ownBranch;
  const current = useMemo(() => {
    const list = semesters.data?.semesters ?? [];
    const today = toLocalDate(dayjs());
    return list.find((s) => s.startsOn <= today && today <= s.endsOn) ?? [...list].reverse().find((s) => s.startsOn <= today);
  }, [semesters.data]);
  const semesterId = params.get("semester") ?? current?.id;
  const set = (patch: Record<string, string | undefined>) => setParams((prev) => patchSearch(prev, patch));
  const { data, error, isLoading, refetch } = useGql(
    RecordBookView,
    { branchId: branchId ?? "", semesterId: semesterId ?? "" },
    { enabled: !!branchId && !!semesterId },
  );
  const book = data?.recordBook;

  return (
    <div className="record-book-page">
      <PageFrame title="活动记录册" subtitle="党支部每学期的活动记录，期末上交组织部">
        <style>{PRINT_STYLE}</style>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }} className="no-print">
          <UnitPicker kinds={["BRANCH"]} placeholder="选择党支部" value={branchId} onChange={(id) => set({ branch: id })} />
          <Select
            aria-label="学期"
            style={{ width: 240 }}
            placeholder="选择学期"
            loading={semesters.isLoading}
            value={semesterId}
            onChange={(id: string) => set({ semester: id })}
            options={(semesters.data?.semesters ?? []).map((s) => ({ value: s.id, label: s.label }))}
          />
          <span style={{ flex: 1 }} />
          {book && <BookActions book={book} />}
        </Flex>
        <ErrorAlert error={error ?? semesters.error} onRetry={() => void refetch()} />
        {!branchId ? (
          scope.isLoading ? (
            <Skeleton active />
          ) : (
            <Empty description="请选择党支部" />
          )
        ) : isLoading || !book ? (
          <Skeleton active />
        ) : (
          <PaperBook book={book} />
        )}
      </PageFrame>
    </div>
  );
}

function BookActions({ book }: { book: Book }) {
  const { can } = useSession();
  const feedback = useFeedback();
  const [handingIn, setHandingIn] = useState(false);
  const [exporting, setExporting] = useState(false);
  const exportXlsx = async () => {
    setExporting(true);
    try {
      await downloadXlsx(`${book.branch.name}-${book.semester.label}-活动记录册`, [
        {
          name: "活动记录",
          heading: [
            `${book.branch.name} 党支部活动记录册`,
            `${book.semester.label}（${formatDate(book.semester.startsOn)}—${formatDate(book.semester.endsOn)}）`,
          ],
          rows: book.activities.map((a, i) => ({ a, i })),
          columns: [
            { header: "序号", value: ({ i }) => i + 1, width: 6 },
            { header: "日期", value: ({ a }) => a.heldOn, width: 12 },
            { header: "时间", value: ({ a }) => `${dayjs(a.startsAt).format("HH:mm")}-${dayjs(a.endsAt).format("HH:mm")}`, width: 12 },
            { header: "类型", value: ({ a }) => ACTIVITY_TYPE_LABELS[a.type], width: 16 },
            { header: "主题", value: ({ a }) => a.topic, width: 36 },
            { header: "主办组织", value: ({ a }) => a.hostUnit.name, width: 18 },
            { header: "地点", value: ({ a }) => placeOf(a), width: 18 },
            { header: "时长（分钟）", value: ({ a }) => a.durationMinutes },
            { header: "教育学时", value: ({ a }) => Number(a.educationHours) },
            { header: "廉政学时", value: ({ a }) => Number(a.integrityHours) },
            { header: "应到", value: ({ a }) => a.attendanceSummary.expected, width: 6 },
            { header: "出席", value: ({ a }) => a.attendanceSummary.present, width: 6 },
            { header: "请假", value: ({ a }) => a.attendanceSummary.excused, width: 6 },
            { header: "缺席", value: ({ a }) => a.attendanceSummary.absent, width: 6 },
            { header: "请假人员", value: ({ a }) => namesOf(a, "EXCUSED"), width: 24 },
            { header: "缺席人员", value: ({ a }) => namesOf(a, "ABSENT"), width: 24 },
            { header: "列席人员", value: ({ a }) => guestsOf(a), width: 16 },
            { header: "内容摘要", value: ({ a }) => a.summary ?? "", width: 48 },
          ],
        },
        {
          name: "出勤明细",
          rows: book.activities.flatMap((a) => a.attendance.map((r) => ({ a, r }))),
          columns: [
            { header: "日期", value: ({ a }) => a.heldOn, width: 12 },
            { header: "主题", value: ({ a }) => a.topic, width: 36 },
            { header: "姓名", value: ({ r }) => r.member?.name ?? "", width: 10 },
            { header: "出勤", value: ({ r }) => ATTENDANCE_STATUS_LABELS[r.status], width: 8 },
            { header: "列席", value: ({ r }) => (r.isGuest ? "是" : ""), width: 6 },
            { header: "原因", value: ({ r }) => r.reason ?? "", width: 24 },
          ],
        },
      ]);
    } catch (e) {
      feedback.failed(e);
    } finally {
      setExporting(false);
    }
  };
  return (
    <>
      {book.handedIn ? (
        <Tag icon={<CheckCircleOutlined />} color="success" data-testid="hand-in-state">
          已于 {formatDate(book.handIn?.handedInOn)} 上交（{book.handIn?.receivedBy}）
        </Tag>
      ) : (
        <Tag color="warning" data-testid="hand-in-state">
          未上交
        </Tag>
      )}
      <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
        打印
      </Button>
      <Button icon={<FileExcelOutlined />} loading={exporting} onClick={() => void exportXlsx()}>
        导出 Excel
      </Button>
      {can("ACTIVITY_WRITE") && !book.handedIn && (
        <Button type="primary" icon={<SendOutlined />} onClick={() => setHandingIn(true)}>
          登记上交
        </Button>
      )}
      {handingIn && <HandInDialog book={book} onClose={() => setHandingIn(false)} />}
    </>
  );
}

interface HandInValues {
  handedInOn: Dayjs;
  receivedBy: string;
  note?: string;
}

function HandInDialog({ book, onClose }: { book: Book; onClose: () => void }) {
  const feedback = useFeedback();
  const [form] = Form.useForm<HandInValues>();
  const queryClient = useQueryClient();
  const handIn = useGqlMutation(HandInRecordBook, (d) => unwrapResult(d.recordBookHandIn), [
    "RecordBook",
    "ComplianceFindings",
    "ComplianceDueSoon",
  ]);
  useEffect(() => form.setFieldsValue({ handedInOn: dayjs() }), [form]);
  return (
    <Modal
      open
      title={`登记上交：${book.branch.name} ${book.semester.label}`}
      okText="确认上交"
      okButtonProps={{ loading: handIn.isPending }}
      onCancel={onClose}
      onOk={() => form.submit()}
    >
      <ErrorAlert error={handIn.error} />
      <Form<HandInValues>
        form={form}
        layout="vertical"
        onFinish={async (v) => {
          try {
            await handIn.mutateAsync({
              input: {
                branchId: book.branchId,
                semesterId: book.semester.id,
                handedInOn: toLocalDate(v.handedInOn),
                receivedBy: v.receivedBy,
                note: v.note?.trim() || null,
              },
            });
            feedback.saved("已登记上交");
            onClose();
          } catch (e) {
            if (e instanceof ApiError) form.setFields(fieldErrorsOf(e) as Parameters<typeof form.setFields>[0]);
            // Refused because someone handed it in meanwhile: show the book as it now stands behind the dialog.
            if (e instanceof RefusalError) void queryClient.invalidateQueries({ queryKey: ["RecordBook"] });
          }
        }}
      >
        <Form.Item name="handedInOn" label="上交日期" rules={[{ required: true, message: "请选择上交日期" }]}>
          <DatePicker style={{ width: "100%" }} />
        </Form.Item>
        <Form.Item
          name="receivedBy"
          label="接收人"
          rules={[{ required: true, whitespace: true, message: "请填写接收人" }]}
          extra="如“组织部 王老师”"
        >
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

/** One meeting as the book records it; who was excused, absent or a guest only when there were any. */
function entryItems(a: Entry) {
  const s = a.attendanceSummary;
  const excused = namesOf(a, "EXCUSED");
  const absent = namesOf(a, "ABSENT");
  const guests = guestsOf(a);
  return [
    {
      key: "time",
      label: "时间",
      children: `${formatDate(a.heldOn)} ${dayjs(a.startsAt).format("HH:mm")}–${dayjs(a.endsAt).format("HH:mm")}（${formatMinutes(a.durationMinutes)}）`,
    },
    { key: "place", label: "地点", children: placeOf(a) },
    { key: "host", label: "主办", children: a.hostUnit.name },
    { key: "hours", label: "学时", children: `教育 ${formatHours(a.educationHours)}，廉政 ${formatHours(a.integrityHours)}` },
    {
      key: "attendance",
      label: "出勤",
      span: 2,
      children: `应到 ${s.expected} 人，实到 ${s.present} 人，请假 ${s.excused} 人，缺席 ${s.absent} 人${s.guests ? `，列席 ${s.guests} 人` : ""}`,
    },
    ...(excused ? [{ key: "excused", label: "请假", span: 2, children: excused }] : []),
    ...(absent ? [{ key: "absent", label: "缺席", span: 2, children: absent }] : []),
    ...(guests ? [{ key: "guests", label: "列席", span: 2, children: guests }] : []),
    { key: "summary", label: "内容摘要", span: 2, children: <span style={{ whiteSpace: "pre-wrap" }}>{a.summary || "（未填写）"}</span> },
  ];
}

/** The book itself: a cover block, a table of contents, then one section per meeting. */
function PaperBook({ book }: { book: Book }) {
  return (
    <div className="record-book" data-testid="record-book">
      <div className="record-book-cover">
        <Typography.Title level={3} style={{ textAlign: "center", marginBottom: 4 }}>
          党支部活动记录册
        </Typography.Title>
        <Typography.Paragraph style={{ textAlign: "center", fontSize: 16, marginBottom: 4 }}>
          {book.branch.name} · {book.semester.label}
        </Typography.Paragraph>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center" }}>
          {formatDate(book.semester.startsOn)} 至 {formatDate(book.semester.endsOn)}，共 {book.activityCount} 次活动
        </Typography.Paragraph>
      </div>
      {book.handedIn && book.handIn && (
        <Alert
          className="no-print"
          type="success"
          showIcon
          style={{ marginBottom: 16 }}
          title={`本学期记录册已于 ${formatDate(book.handIn.handedInOn)} 上交组织部，接收人：${book.handIn.receivedBy}`}
          description={book.handIn.note ?? undefined}
        />
      )}
      {book.activities.length === 0 ? (
        <Empty description="本学期尚无活动记录" />
      ) : (
        <>
          <table className="record-book-toc">
            <caption>目录</caption>
            <thead>
              <tr>
                <th style={{ width: 48 }}>序号</th>
                <th style={{ width: 130 }}>日期</th>
                <th style={{ width: 150 }}>类型</th>
                <th>主题</th>
                <th style={{ width: 110 }}>出勤</th>
              </tr>
            </thead>
            <tbody>
              {book.activities.map((a, i) => (
                <tr key={a.id}>
                  <td>{i + 1}</td>
                  <td>{formatDate(a.heldOn)}</td>
                  <td>{ACTIVITY_TYPE_LABELS[a.type]}</td>
                  <td>
                    <a href={`#entry-${a.id}`}>{a.topic}</a>
                  </td>
                  <td>
                    {a.attendanceSummary.present}/{a.attendanceSummary.expected}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {book.activities.map((a, i) => (
            <section key={a.id} id={`entry-${a.id}`} className="record-book-section">
              <Typography.Title level={5} style={{ marginTop: 0 }}>
                第 {i + 1} 次 · {ACTIVITY_TYPE_LABELS[a.type]}：{a.topic}
              </Typography.Title>
              <Descriptions bordered size="small" column={2} styles={{ label: { width: 110 } }} items={entryItems(a)} />
            </section>
          ))}
        </>
      )}
    </div>
  );
}
