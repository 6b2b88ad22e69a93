import { useState } from "react";
import { Button, Card, Checkbox, DatePicker, Form, Input, Select, Space, Statistic, Table, Tag } from "antd";
import dayjs, { Dayjs } from "dayjs";
import { ErrorAlert, formatDate, formatPercent, UnitPicker, unwrapResult, useGql, useGqlMutation } from "@party/client-shared";
import { RecordTab } from "../../components/record-tab";
import { ExportRowsButton, RecordColumn } from "../../components/paged-records";
import { RecordForm } from "../../components/record-form";
import { changedOnly, localDate, MemberSelect, pickerDate, useCanWrite } from "../../components/record-actions";
import type { PostFieldsFragment, PostListQuery, PostListQueryVariables, PostCoverageQuery, ServicePlaceKind } from "../../gql/graphql";
import { optionsOf, PLACE_KIND_LABELS } from "../../labels-records";
import { AppointHolder, ArchivePost, CreatePost, EndHolder, PostCoverage, PostList, PostTypes, UpdatePost } from "./operations";

type Post = PostFieldsFragment;
type Holder = Post["holders"][number];
const REFETCH = ["PostList", "PostCoverage"];

interface PostValues {
  hostUnitId: string;
  typeId: string;
  name: string;
  place: string;
  placeKind: ServicePlaceKind;
  duties: string;
  termStart: Dayjs;
  termEnd?: Dayjs;
}

const currentHolders = (p: Post) => p.holders.filter((h) => !h.endDate || !dayjs(h.endDate).isBefore(dayjs(), "day"));

/** 服务岗: posts set up by branches, who holds them (appoint, end), with the post types of the source. */
export function PostsTab({ unitId }: { unitId: string | null }) {
  const canWrite = useCanWrite("SERVICE_WRITE");
  const [placeKind, setPlaceKind] = useState<ServicePlaceKind>();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [appointing, setAppointing] = useState<Post | null>(null);
  const [ending, setEnding] = useState<Holder | null>(null);
  const types = useGql(PostTypes, {});
  const create = useGqlMutation(CreatePost, (d) => unwrapResult(d.createServicePost), REFETCH);
  const update = useGqlMutation(UpdatePost, (d) => unwrapResult(d.updateServicePost), REFETCH);
  const archive = useGqlMutation(ArchivePost, (d) => unwrapResult(d.archiveServicePost), REFETCH);
  const appoint = useGqlMutation(AppointHolder, (d) => unwrapResult(d.appointServicePostHolder), REFETCH);
  const endHolder = useGqlMutation(EndHolder, (d) => unwrapResult(d.endServicePostHolder), REFETCH);
  const fieldsOf = (v: PostValues) => ({
    name: v.name?.trim(),
    place: v.place?.trim(),
    placeKind: v.placeKind,
    duties: v.duties?.trim(),
    termEnd: localDate(v.termEnd) ?? null,
  });

  return (
    <>
      <RecordTab<PostListQuery, PostListQueryVariables, Post, PostValues>
        noun="服务岗"
        permission="SERVICE_WRITE"
        testId="posts-table"
        document={PostList}
        variables={{ filter: { unitId, placeKind, includeArchived } }}
        enabled={!!unitId}
        pick={(d) => d.servicePosts}
        exportName="服务岗"
        toolbar={
          <>
            <Select
              allowClear
              placeholder="场所类型"
              value={placeKind}
              onChange={setPlaceKind}
              options={optionsOf(PLACE_KIND_LABELS)}
              style={{ width: 140 }}
            />
            <Checkbox checked={includeArchived} onChange={(e) => setIncludeArchived(e.target.checked)}>
              含已撤销
            </Checkbox>
          </>
        }
        columns={[
          {
            title: "岗位名称",
            dataIndex: "name",
            render: (name: string, r) => (
              <Space>
                {name}
                {r.archivedAt && <Tag>已撤销</Tag>}
              </Space>
            ),
          },
          { title: "类型", dataIndex: ["type", "name"] },
          {
            title: "场所",
            dataIndex: "placeKind",
            render: (k: ServicePlaceKind, r) => `${PLACE_KIND_LABELS[k]} · ${r.place}`,
            exportValue: (r) => `${PLACE_KIND_LABELS[r.placeKind]} · ${r.place}`,
          },
          { title: "设岗支部", dataIndex: ["hostUnit", "fullName"] },
          {
            title: "在岗人员",
            key: "holders",
            render: (_, r) =>
              currentHolders(r)
                .map((h) => h.member?.name)
                .join("、") || "—",
            exportValue: (r) =>
              currentHolders(r)
                .map((h) => h.member?.name)
                .join("、"),
          },
          {
            title: "任期",
            key: "term",
            render: (_, r) => `${formatDate(r.termStart)} 至 ${r.termEnd ? formatDate(r.termEnd) : "今"}`,
            exportValue: (r) => `${r.termStart} 至 ${r.termEnd ?? ""}`,
          },
        ]}
        tableProps={{
          expandable: {
            rowExpandable: (r) => r.holders.length > 0 || !!r.duties,
            expandedRowRender: (r) => <Holders post={r} canWrite={canWrite && !r.archivedAt} onEnd={setEnding} />,
          },
        }}
        rowActions={(r) => (
          <Button type="link" size="small" onClick={() => setAppointing(r)}>
            安排上岗
          </Button>
        )}
        initialValues={(r) =>
          r
            ? { name: r.name, place: r.place, placeKind: r.placeKind, duties: r.duties, termEnd: pickerDate(r.termEnd) }
            : { hostUnitId: unitId ?? undefined, placeKind: "CAMPUS", termStart: dayjs() }
        }
        fields={(r) => (
          <>
            {!r && (
              <>
                <Form.Item name="hostUnitId" label="设岗的党支部" rules={[{ required: true, message: "请选择党支部" }]}>
                  <UnitPicker kinds={["BRANCH"]} />
                </Form.Item>
                <Form.Item name="typeId" label="岗位类型" rules={[{ required: true, message: "请选择岗位类型" }]}>
                  <Select
                    loading={types.isLoading}
                    options={(types.data?.servicePostTypes ?? []).map((t) => ({ value: t.id, label: t.name }))}
                  />
                </Form.Item>
              </>
            )}
            <Form.Item name="name" label="岗位名称" rules={[{ required: true, whitespace: true, message: "请填写岗位名称" }]}>
              <Input placeholder="如：学生公寓 5 栋文明监督岗" maxLength={100} />
            </Form.Item>
            <Form.Item name="placeKind" label="场所类型" rules={[{ required: true }]}>
              <Select options={optionsOf(PLACE_KIND_LABELS)} />
            </Form.Item>
            <Form.Item name="place" label="地点" rules={[{ required: true, whitespace: true, message: "请填写地点" }]}>
              <Input placeholder="如：北区学生公寓 5 栋" maxLength={200} />
            </Form.Item>
            <Form.Item name="duties" label="岗位职责" rules={[{ required: true, whitespace: true, message: "请填写岗位职责" }]}>
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
            {!r && (
              <Form.Item name="termStart" label="任期开始" rules={[{ required: true, message: "请选择日期" }]}>
                <DatePicker />
              </Form.Item>
            )}
            <Form.Item name="termEnd" label="任期结束">
              <DatePicker />
            </Form.Item>
          </>
        )}
        create={(v: PostValues) => {
          const f = fieldsOf(v);
          return create.mutateAsync({
            input: {
              ...f,
              name: f.name ?? "",
              place: f.place ?? "",
              duties: f.duties ?? "",
              hostUnitId: v.hostUnitId,
              typeId: v.typeId,
              termStart: localDate(v.termStart)!,
            },
          });
        }}
        update={(r, v: PostValues) => update.mutateAsync({ input: { id: r.id, version: r.version, ...changedOnly(fieldsOf(v), r) } })}
        archiveLabel="撤销"
        archive={(r, reason) => archive.mutateAsync({ input: { id: r.id, version: r.version, reason } })}
      />
      <RecordForm<{ memberId: string; startDate: Dayjs; endDate?: Dayjs }>
        modal
        open={!!appointing}
        title={`安排上岗：${appointing?.name ?? ""}`}
        initialValues={{ startDate: dayjs() }}
        submit={(v) =>
          appoint.mutateAsync({
            input: {
              postId: appointing!.id,
              memberId: v.memberId,
              startDate: localDate(v.startDate)!,
              endDate: localDate(v.endDate) ?? null,
            },
          })
        }
        onClose={() => setAppointing(null)}
        testId="appoint-holder-form"
      >
        <Form.Item name="memberId" label="党员" rules={[{ required: true, message: "请选择党员" }]}>
          <MemberSelect unitId={appointing?.hostUnitId} />
        </Form.Item>
        <Form.Item name="startDate" label="上岗日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
        <Form.Item name="endDate" label="离岗日期">
          <DatePicker />
        </Form.Item>
      </RecordForm>
      <RecordForm<{ endDate: Dayjs }>
        modal
        open={!!ending}
        title={`离岗：${ending?.member?.name ?? ""}`}
        initialValues={{ endDate: dayjs() }}
        submit={(v) => endHolder.mutateAsync({ input: { id: ending!.id, version: ending!.version, endDate: localDate(v.endDate)! } })}
        onClose={() => setEnding(null)}
        testId="end-holder-form"
      >
        <Form.Item name="endDate" label="离岗日期" rules={[{ required: true, message: "请选择日期" }]}>
          <DatePicker />
        </Form.Item>
      </RecordForm>
    </>
  );
}

function Holders({ post, canWrite, onEnd }: { post: Post; canWrite: boolean; onEnd: (h: Holder) => void }) {
  return (
    <div>
      <p style={{ whiteSpace: "pre-wrap" }}>岗位职责：{post.duties}</p>
      <Table<Holder>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={post.holders}
        locale={{ emptyText: "尚无上岗人员" }}
        columns={[
          { title: "党员", dataIndex: ["member", "name"] },
          { title: "上岗", dataIndex: "startDate", render: formatDate },
          { title: "离岗", dataIndex: "endDate", render: (d: string | null) => (d ? formatDate(d) : "在岗") },
          {
            title: "",
            key: "end",
            render: (_, h) =>
              canWrite && !h.endDate ? (
                <Button type="link" size="small" onClick={() => onEnd(h)}>
                  离岗
                </Button>
              ) : null,
          },
        ]}
      />
    </div>
  );
}

type BranchCoverage = PostCoverageQuery["servicePostCoverage"]["branches"][number];

/** 在岗覆盖: the share of student members holding a post today, per branch (servicePostCoverage). */
export function CoverageTab({ unitId }: { unitId: string | null }) {
  const query = useGql(PostCoverage, { unitId: unitId ?? "" }, { enabled: !!unitId });
  const c = query.data?.servicePostCoverage;
  const columns: Array<RecordColumn<BranchCoverage>> = [
    { title: "党支部", dataIndex: ["unit", "fullName"] },
    { title: "在册学生党员", dataIndex: "studentMembers", align: "right" },
    { title: "在岗", dataIndex: "holders", align: "right" },
    { title: "在岗比例", dataIndex: "share", align: "right", render: (s: number) => formatPercent(s, 1), exportValue: (r) => r.share },
  ];
  return (
    <>
      <ErrorAlert error={query.error} onRetry={() => void query.refetch()} />
      <Card size="small" style={{ marginBottom: 16 }} loading={query.isLoading}>
        <Space size={48}>
          <Statistic title="在册学生党员" value={c?.studentMembers ?? 0} />
          <Statistic title="在岗学生党员" value={c?.holders ?? 0} />
          <Statistic title="在岗比例" value={formatPercent(c?.share, 1)} />
          <Statistic title="统计日期" value={c ? formatDate(c.on) : "—"} />
          <ExportRowsButton exportName="服务岗在岗覆盖" columns={columns} rows={c?.branches ?? []} />
        </Space>
      </Card>
      <Table<BranchCoverage>
        data-testid="coverage-table"
        size="middle"
        rowKey="unitId"
        loading={query.isFetching}
        dataSource={c?.branches ?? []}
        pagination={{ pageSize: 20 }}
        columns={columns}
      />
    </>
  );
}
