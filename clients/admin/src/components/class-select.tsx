import { useState } from "react";
import { Select } from "antd";
import { useGql } from "@party/client-shared";
import { graphql } from "../gql";

const ClassOptions = graphql(`
  query ClassOptions($collegeUnitId: ID, $name: String) {
    studentClasses(filter: { collegeUnitId: $collegeUnitId, nameContains: $name }, first: 30) {
      items {
        id
        name
        gradeYear
        collegeUnit {
          id
          name
        }
      }
    }
  }
`);

/** Chooses a student class of a college (searched by name on the server). */
export function ClassSelect({
  value,
  onChange,
  collegeUnitId,
  id,
}: {
  value?: string;
  onChange?: (id: string | undefined) => void;
  collegeUnitId?: string | null;
  id?: string;
}) {
  const [name, setName] = useState("");
  const { data, isFetching } = useGql(ClassOptions, { collegeUnitId: collegeUnitId ?? undefined, name: name || undefined });
  return (
    <Select
      id={id}
      showSearch={{ filterOption: false, onSearch: setName }}
      value={value}
      onChange={(v) => onChange?.(v ?? undefined)}
      allowClear
      loading={isFetching}
      placeholder="输入班级名称搜索"
      options={(data?.studentClasses.items ?? []).map((c) => ({ value: c.id, label: `${c.name}（${c.collegeUnit.name}）` }))}
    />
  );
}
