import { ReactNode, useEffect, useState } from "react";
import { Button, Drawer, Form, FormInstance, Modal, Space } from "antd";
import { useQueryClient } from "@tanstack/react-query";
import { ErrorAlert, fieldErrorsOf, isConflict, useFeedback } from "@party/client-shared";

/**
 * A form in a drawer (or a modal for a short one) that sends one mutation: the API's field errors
 * land on the fields, a refusal shows with its rule and citation, a stale version ("someone else
 * changed this") offers a reload. `submit` gets the form's values and throws what the API refused.
 */
export function RecordForm<Values extends object>({
  open,
  title,
  initialValues,
  submit,
  onClose,
  onReload,
  children,
  modal = false,
  width = 560,
  submitText = "保存",
  savedText = "已保存",
  testId = "record-form",
  forceRender = true,
}: {
  open: boolean;
  title: ReactNode;
  initialValues?: Partial<Values>;
  submit: (values: Values) => Promise<unknown>;
  onClose: () => void;
  /** After CONFLICT: reload the record (by default the page's lists are read again and the form closes). */
  onReload?: () => void;
  children: ReactNode | ((form: FormInstance<Values>) => ReactNode);
  modal?: boolean;
  width?: number;
  submitText?: string;
  savedText?: string;
  testId?: string;
  /** Mount the (hidden) form before it is first opened; off for forms repeated on every row. */
  forceRender?: boolean;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const feedback = useFeedback();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (!open) return;
    setError(null);
    form.resetFields();
    if (initialValues) form.setFieldsValue(initialValues as Parameters<typeof form.setFieldsValue>[0]);
    // only when (re)opened: the initial values of the record being edited
  }, [open]);

  const finish = async (values: Values) => {
    setBusy(true);
    setError(null);
    try {
      await submit(values);
      feedback.saved(savedText);
      onClose();
    } catch (e) {
      setError(e);
      form.setFields(fieldErrorsOf(e) as Parameters<typeof form.setFields>[0]);
    } finally {
      setBusy(false);
    }
  };

  const body = (
    <div data-testid={testId}>
      <ErrorAlert
        error={error}
        onReload={
          isConflict(error)
            ? () => {
                setError(null);
                if (onReload) onReload();
                else {
                  void queryClient.invalidateQueries();
                  onClose();
                }
              }
            : undefined
        }
      />
      <Form<Values> form={form} name={testId.replace(/[^a-zA-Z0-9]/g, "_")} layout="vertical" onFinish={finish} requiredMark>
        {typeof children === "function" ? children(form) : children}
      </Form>
    </div>
  );
  const actions = (
    <Space>
      <Button onClick={onClose}>取消</Button>
      <Button type="primary" loading={busy} onClick={() => form.submit()}>
        {submitText}
      </Button>
    </Space>
  );
  if (modal)
    return (
      <Modal open={open} title={title} onCancel={onClose} footer={actions} width={width} forceRender={forceRender}>
        {body}
      </Modal>
    );
  return (
    <Drawer open={open} title={title} onClose={onClose} extra={actions} size={width} forceRender={forceRender}>
      {body}
    </Drawer>
  );
}
