import { useState } from "react";
import { Button, Form, Input, Select } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { toLocalDate, useGql, useSession } from "@party/client-shared";
import type { Permission } from "@party/client-shared";
import { graphql } from "../gql";
import { RecordForm } from "./record-form";

/** Which record a create/edit form is open for: none (closed), "new", or the row being edited. */
export function useEditing<Row>() {
  const [state, setState] = useState<{ open: boolean; record: Row | null }>({ open: false, record: null });
  return {
    open: state.open,
    record: state.record,
    create: () => setState({ open: true, record: null }),
    edit: (record: Row) => setState({ open: true, record }),
    close: () => setState((s) => ({ ...s, open: false })),
  };
}

/** A write button shown only to a role holding the permission (the API refuses the others anyway). */
export function useCanWrite(permission: Permission): boolean {
  return useSession().can(permission);
}

/** A date for the API (YYYY-MM-DD), or undefined when the picker is empty. */
export function localDate(value: Dayjs | null | undefined): string | undefined {
  return value ? toLocalDate(value) : undefined;
}

/** A date from the API for a DatePicker. */
export function pickerDate(value: string | null | undefined): Dayjs | undefined {
  return value ? dayjs(value) : undefined;
}

/** Money and decimals go to the API as strings (it validates and rounds nothing silently). */
export function decimalText(value: number | string | null | undefined): string | undefined {
  return value == null || value === "" ? undefined : String(value);
}

/** Only the fields the user changed, for a patch-style update input (unchanged ones left out). */
export function changedOnly<T extends Record<string, unknown>>(next: T, before: Record<string, unknown>): Partial<T> {
  return Object.fromEntries(Object.entries(next).filter(([k, v]) => v !== undefined && v !== before[k])) as Partial<T>;
}

/**
 * Archive (作废/停用) with a reason: records are never deleted, only archived with why. `submit`
 * sends the archive mutation with the reason; a refusal or conflict shows in the dialog.
 */
export function ArchiveAction({
  label = "作废",
  title,
  submit,
  reasonLabel = "原因",
}: {
  label?: string;
  title: string;
  submit: (reason: string) => Promise<unknown>;
  reasonLabel?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button type="link" size="small" danger onClick={() => setOpen(true)}>
        {label}
      </Button>
      <RecordForm<{ reason: string }>
        modal
        width={440}
        open={open}
        title={title}
        submitText={label}
        savedText={`已${label}`}
        onClose={() => setOpen(false)}
        submit={(v) => submit(v.reason.trim())}
        testId="archive-form"
        forceRender={false}
      >
        <Form.Item name="reason" label={reasonLabel} rules={[{ required: true, whitespace: true, message: `请填写${reasonLabel}` }]}>
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </RecordForm>
    </>
  );
}

const MemberOptions = graphql(`
  query MemberOptions($unitId: ID, $name: String, $category: MemberCategory) {
    members(filter: { unitId: $unitId, nameContains: $name, category: $category }, first: 30) {
      items {
        id
        name
        branch {
          id
          name
        }
      }
    }
  }
`);

/** Chooses a member (or several, `multiple`) of a unit's subtree by name, searched on the server. */
export function MemberSelect({
  value,
  onChange,
  unitId,
  category,
  multiple,
  placeholder = "输入姓名搜索党员",
  id,
}: {
  value?: string | string[];
  onChange?: (value: string | string[] | undefined) => void;
  unitId?: string | null;
  category?: "STUDENT" | "FACULTY" | "RETIRED";
  multiple?: boolean;
  placeholder?: string;
  id?: string;
}) {
  const [name, setName] = useState("");
  const { data, isFetching } = useGql(MemberOptions, { unitId: unitId ?? undefined, name: name || undefined, category });
  // keep the names of members already chosen when a new search no longer lists them
  const [known, setKnown] = useState<Record<string, string>>({});
  const options = (data?.members.items ?? []).map((m) => ({ value: m.id, label: `${m.name}（${m.branch.name}）` }));
  const chosen = (Array.isArray(value) ? value : value ? [value] : []).filter((v) => !options.some((o) => o.value === v));
  return (
    <Select
      id={id}
      mode={multiple ? "multiple" : undefined}
      showSearch={{ filterOption: false, onSearch: setName }}
      value={value}
      onChange={(v, picked) => {
        const list = (Array.isArray(picked) ? picked : picked ? [picked] : []) as Array<{ value: string; label: string }>;
        setKnown((k) => ({ ...k, ...Object.fromEntries(list.map((o) => [o.value, o.label])) }));
        onChange?.(v ?? undefined);
      }}
      allowClear
      loading={isFetching}
      placeholder={placeholder}
      options={[...chosen.map((v) => ({ value: v, label: known[v] ?? v })), ...options]}
    />
  );
}

/** A year to show (this year and the four before). */
export function YearSelect({ value, onChange }: { value: number; onChange: (year: number) => void }) {
  const now = dayjs().year();
  return (
    <Select
      aria-label="年度"
      value={value}
      onChange={onChange}
      style={{ width: 110 }}
      options={Array.from({ length: 5 }, (_, i) => now - i).map((y) => ({ value: y, label: `${y}年` }))}
    />
  );
}
