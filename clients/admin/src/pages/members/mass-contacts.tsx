import { useState } from "react";
import { Link } from "react-router";
import { Input, Select, Space, Table, Tag, Typography } from "antd";
import { ErrorAlert, formatDate, UnitPicker, useGql } from "@party/client-shared";
import { graphql } from "../../gql";
import type { PersonFilter, PersonKind, MassContactListQuery } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { optionsOf, PERSON_KIND } from "../../enum-labels";

const MassContactList = graphql(`
  query MassContactList($filter: PersonFilter, $first: Int!, $offset: Int!) {
    people(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        name
        kind
        department
        className
        phone
        unit {
          id
          fullName
        }
        contacts {
          id
          since
          until
          member {
            id
            name
          }
        }
      }
    }
  }
`);

type Person = MassContactListQuery["people"]["items"][number];
const PAGE_SIZE = 20;

/** 联系群众名单: the people registered in the scope and which members keep in touch with them. */
export function MassContactsPage() {
  const [filter, setFilter] = useState<PersonFilter>({});
  const [page, setPage] = useState(1);
  const { data, error, isFetching, refetch } = useGql(MassContactList, { filter, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });
  const change = (patch: Partial<PersonFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };
  return (
    <PageFrame
      title="联系群众名单"
      subtitle="党员联系的党外群众、学生和教师；在党员详情中新增或结束联系"
      actions={<Link to="..">返回名册</Link>}
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitPicker
          allowClear
          placeholder="登记组织（含下级）"
          value={filter.unitId as string | undefined}
          onChange={(unitId) => change({ unitId })}
        />
        <Input.Search
          allowClear
          placeholder="姓名"
          aria-label="群众姓名"
          style={{ width: 160 }}
          onSearch={(v) => change({ nameContains: v.trim() || undefined })}
        />
        <Select
          allowClear
          placeholder="身份"
          aria-label="身份"
          style={{ width: 130 }}
          options={optionsOf(PERSON_KIND)}
          onChange={(kind?: PersonKind) => change({ kind })}
        />
      </Space>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<Person>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.people.items ?? []}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.people.totalCount ?? 0,
          showSizeChanger: false,
          showTotal: (t) => `共 ${t} 人`,
          onChange: setPage,
        }}
        columns={[
          { title: "姓名", dataIndex: "name", width: 110 },
          { title: "身份", dataIndex: "kind", width: 100, render: (k: PersonKind) => PERSON_KIND[k] },
          { title: "部门/班级", key: "dept", render: (_, p) => [p.department, p.className].filter(Boolean).join(" · ") || "—" },
          { title: "联系电话", dataIndex: "phone", width: 130, render: (v?: string | null) => v ?? "—" },
          { title: "登记组织", key: "unit", render: (_, p) => p.unit.fullName },
          {
            title: "联系党员",
            key: "contacts",
            render: (_, p) =>
              p.contacts.length ? (
                <Space size={[4, 4]} wrap>
                  {p.contacts.map((c) =>
                    c.member ? (
                      <Tag
                        key={c.id}
                        color={c.until ? "default" : "red"}
                        title={`${formatDate(c.since)} 起${c.until ? `，${formatDate(c.until)} 止` : ""}`}
                      >
                        <Link to={`../${c.member.id}`}>{c.member.name}</Link>
                        {c.until ? "（已结束）" : ""}
                      </Tag>
                    ) : null,
                  )}
                </Space>
              ) : (
                <Typography.Text type="warning">暂无党员联系</Typography.Text>
              ),
          },
        ]}
      />
    </PageFrame>
  );
}
