import { Flex, Select, Typography } from "antd";
import { useSearchParams } from "react-router";
import { ErrorAlert, UnitPicker, useGql, useSession } from "@party/client-shared";
import { patchSearch } from "../activities/unit-param";
import { FindingsTable } from "./findings";
import { ComplianceDueSoon } from "./operations";

const PAGE_SIZE = 20;

/** What is still to do before its deadline in the user's scope, soonest first (the API's `dueSoon`). */
export function DueSoonView() {
  const { user } = useSession();
  const [params, setParams] = useSearchParams();
  const unitId = params.get("unitId") ?? user.scopeUnitId ?? "";
  const withinDays = Number(params.get("within") ?? 30);
  const page = Number(params.get("page") ?? 1);
  const set = (patch: Record<string, string | undefined>) => setParams((prev) => patchSearch(prev, patch), { replace: true });
  const { data, error, isFetching, refetch } = useGql(
    ComplianceDueSoon,
    { unitId, withinDays, first: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE },
    { enabled: !!unitId, placeholderData: (prev) => prev },
  );
  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <UnitPicker value={unitId} onChange={(id) => set({ unitId: id, page: undefined })} />
        <Select
          aria-label="到期范围"
          style={{ width: 150 }}
          value={withinDays}
          onChange={(v: number) => set({ within: String(v), page: undefined })}
          options={[7, 14, 30, 60, 90].map((d) => ({ value: d, label: `${d} 天内到期` }))}
        />
        <Typography.Text type="secondary">尚未完成、即将到期的要求，最早到期的在前</Typography.Text>
      </Flex>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <FindingsTable
        items={data?.dueSoon.items ?? []}
        total={data?.dueSoon.totalCount ?? 0}
        page={page}
        loading={isFetching}
        onPage={(p) => set({ page: String(p) })}
        showDue
      />
    </>
  );
}
