import { useState } from "react";
import { Link, useNavigate, useSearchParams } from "react-router";
import { Button, Input, Select, Space, Table, Tag } from "antd";
import { DownloadOutlined, PlusOutlined, TeamOutlined, UploadOutlined } from "@ant-design/icons";
import { downloadXlsx, ErrorAlert, formatDate, request, UnitPicker, useFeedback, useGql, useSession } from "@party/client-shared";
import type { MemberCategory, MemberFilter, MemberRowFragment, MemberStanding, MemberStatus, MobileStatus } from "../../gql/graphql";
import { PageFrame } from "../../page-frame";
import { GENDER, MEMBER_CATEGORY, MEMBER_STANDING, MEMBER_STATUS, MOBILE_STATUS, optionsOf } from "../../enum-labels";
import { MemberList } from "./operations";
import { EXPORT_COLUMNS } from "./member-columns";

const PAGE_SIZE = 20;

/** 党员名册：server-paged search by subtree, category, standing, mobile status and name; export of the current filter. */
export function MemberListPage() {
  const { can, user } = useSession();
  const navigate = useNavigate();
  const feedback = useFeedback();
  const [params] = useSearchParams();
  const [filter, setFilter] = useState<MemberFilter>({ status: "ACTIVE", unitId: params.get("unitId") ?? undefined });
  const [page, setPage] = useState(1);
  const [exporting, setExporting] = useState(false);
  const { data, error, isFetching, refetch } = useGql(MemberList, { filter, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE });

  const change = (patch: Partial<MemberFilter>) => {
    setFilter((f) => ({ ...f, ...patch }));
    setPage(1);
  };

  const exportList = async () => {
    setExporting(true);
    try {
      const rows: MemberRowFragment[] = [];
      for (let offset = 0; ; offset += 100) {
        const { members } = await request(MemberList, { filter, first: 100, offset });
        rows.push(...members.items);
        if (offset + 100 >= members.totalCount) break;
      }
      const scope = user.scopeUnit?.name ?? "";
      await downloadXlsx(`党员名册-${scope}-${new Date().toISOString().slice(0, 10)}`, [
        { name: "党员名册", heading: [`党员名册（${scope}，共 ${rows.length} 人）`], columns: EXPORT_COLUMNS, rows },
      ]);
    } catch (e) {
      feedback.failed(e);
    } finally {
      setExporting(false);
    }
  };

  return (
    <PageFrame
      title="党员管理"
      subtitle="在册党员名册：按组织、类别、流动状态和姓名查找"
      actions={
        <>
          <Button icon={<TeamOutlined />} onClick={() => navigate("contacts")}>
            联系群众名单
          </Button>
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={exportList}>
            导出名册
          </Button>
          {can("MEMBER_WRITE") && (
            <>
              <Button icon={<UploadOutlined />} onClick={() => navigate("import")}>
                导入名册
              </Button>
              <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("new")}>
                新增党员
              </Button>
            </>
          )}
        </>
      }
    >
      <Space wrap style={{ marginBottom: 16 }}>
        <UnitPicker
          allowClear
          placeholder="所在组织（含下级）"
          value={filter.unitId as string | undefined}
          onChange={(unitId) => change({ unitId })}
        />
        <Input.Search
          allowClear
          placeholder="姓名"
          aria-label="姓名"
          style={{ width: 160 }}
          onSearch={(v) => change({ nameContains: v.trim() || undefined })}
        />
        <Select
          allowClear
          placeholder="人员类别"
          aria-label="人员类别"
          style={{ width: 130 }}
          options={optionsOf(MEMBER_CATEGORY)}
          value={filter.category}
          onChange={(category?: MemberCategory) => change({ category })}
        />
        <Select
          allowClear
          placeholder="党员类别"
          aria-label="党员类别"
          style={{ width: 130 }}
          options={optionsOf(MEMBER_STANDING)}
          value={filter.standing}
          onChange={(standing?: MemberStanding) => change({ standing })}
        />
        <Select
          allowClear
          placeholder="流动状态"
          aria-label="流动状态"
          style={{ width: 170 }}
          options={optionsOf(MOBILE_STATUS)}
          value={filter.mobileStatus}
          onChange={(mobileStatus?: MobileStatus) => change({ mobileStatus })}
        />
        <Select
          aria-label="在册状态"
          style={{ width: 110 }}
          options={optionsOf(MEMBER_STATUS)}
          value={filter.status ?? "ACTIVE"}
          onChange={(status: MemberStatus) => change({ status })}
        />
      </Space>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <Table<MemberRowFragment>
        rowKey="id"
        size="middle"
        loading={isFetching}
        dataSource={data?.members.items ?? []}
        scroll={{ x: 1000 }}
        pagination={{
          current: page,
          pageSize: PAGE_SIZE,
          total: data?.members.totalCount ?? 0,
          showSizeChanger: false,
          showTotal: (total) => `共 ${total} 人`,
          onChange: setPage,
        }}
        columns={[
          { title: "姓名", dataIndex: "name", width: 100, render: (name, m) => <Link to={m.id}>{name}</Link> },
          { title: "性别", dataIndex: "gender", width: 60, render: (g: MemberRowFragment["gender"]) => GENDER[g] },
          { title: "所在支部", key: "branch", render: (_, m) => m.branch.fullName },
          { title: "人员类别", dataIndex: "category", width: 100, render: (c: MemberCategory) => MEMBER_CATEGORY[c] },
          {
            title: "党员类别",
            dataIndex: "standing",
            width: 100,
            render: (s: MemberStanding) => <Tag color={s === "FULL" ? "red" : "orange"}>{MEMBER_STANDING[s]}</Tag>,
          },
          {
            title: "流动状态",
            dataIndex: "mobileStatus",
            width: 150,
            render: (s: MobileStatus, m) =>
              s === "NONE" ? (
                MOBILE_STATUS[s]
              ) : (
                <Tag color="blue">{`${MOBILE_STATUS[s]}${m.mobileLocation ? ` · ${m.mobileLocation}` : ""}`}</Tag>
              ),
          },
          { title: "入党日期", dataIndex: "joinedOn", width: 130, render: formatDate },
          { title: "联系电话", dataIndex: "phone", width: 130, render: (p?: string | null) => p ?? "—" },
        ]}
      />
    </PageFrame>
  );
}
