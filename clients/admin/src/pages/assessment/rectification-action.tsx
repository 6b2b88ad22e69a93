import { useState } from "react";
import { Button, DatePicker, Form, Input } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { useGqlMutation, useSession } from "@party/client-shared";
import { RecordForm } from "../../components/record-form";
import { localDate } from "../../components/record-actions";
import { RecordRectification } from "./admin-operations";

interface Values {
  recordedOn: Dayjs;
  measures: string;
  dueOn?: Dayjs | null;
  completedOn?: Dayjs | null;
  note?: string;
}

/** "登记整改" on a 不合格 sheet (附件 六(二)、七(四)); the API checks the grade and the dates. */
export function RectificationAction({ sheetId, unitName }: { sheetId: string; unitName: string }) {
  const { can } = useSession();
  const [open, setOpen] = useState(false);
  const record = useGqlMutation(RecordRectification, (d) => d.recordAssessmentRectification, [
    "AssessmentRoundDetail",
    "AssessmentSheetPage",
  ]);
  if (!can("ASSESSMENT_WRITE")) return null;
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)}>
        登记整改
      </Button>
      <RecordForm<Values>
        open={open}
        title={`登记整改：${unitName}`}
        testId="rectification-form"
        forceRender={false}
        initialValues={{ recordedOn: dayjs() }}
        onClose={() => setOpen(false)}
        savedText="已登记整改"
        submit={(v) =>
          record.mutateAsync({
            input: {
              sheetId,
              recordedOn: localDate(v.recordedOn)!,
              measures: v.measures.trim(),
              dueOn: localDate(v.dueOn),
              completedOn: localDate(v.completedOn),
              note: v.note?.trim() || undefined,
            },
          })
        }
      >
        <Form.Item name="recordedOn" label="登记日期" rules={[{ required: true, message: "请选择登记日期" }]}>
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="measures" label="整改措施" rules={[{ required: true, whitespace: true, message: "请填写整改措施" }]}>
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
        <Form.Item name="dueOn" label="整改期限">
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="completedOn" label="整改完成日期">
          <DatePicker style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </RecordForm>
    </>
  );
}
