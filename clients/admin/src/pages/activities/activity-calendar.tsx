import { useMemo } from "react";
import { Button, Calendar, Flex, Spin, Tag, Tooltip, Typography } from "antd";
import { PlusOutlined } from "@ant-design/icons";
import dayjs, { Dayjs } from "dayjs";
import { useQuery } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { ErrorAlert, request, toLocalDate, UnitPicker, useSession } from "@party/client-shared";
import type { ActivityRowFragment } from "../../gql/graphql";
import { ACTIVITY_TYPE_COLORS, ACTIVITY_TYPE_LABELS } from "./activity-labels";
import { ActivityList } from "./operations";
import { useSearchState } from "./unit-param";

/** Every activity of the unit's subtree in one month (a month rarely holds more than a page; read all pages anyway). */
function useMonthActivities(unitId: string | undefined, month: Dayjs) {
  const from = toLocalDate(month.startOf("month"));
  const to = toLocalDate(month.endOf("month"));
  return useQuery({
    queryKey: ["ActivityList", { calendar: true, unitId, from, to }],
    enabled: !!unitId,
    placeholderData: (prev) => prev,
    queryFn: async () => {
      const all: ActivityRowFragment[] = [];
      for (let offset = 0; ; offset += 100) {
        const { activities } = await request(ActivityList, { filter: { unitId, from, to }, first: 100, offset });
        all.push(...activities.items);
        if (offset + 100 >= activities.totalCount) break;
      }
      return all;
    },
  });
}

/** A month of the unit's activities on a calendar; a click opens one, a click on a free day (with the right) records one there. */
export function ActivityCalendarView() {
  const { can } = useSession();
  const navigate = useNavigate();
  const { params, unitId, set } = useSearchState();
  const month = params.get("month") ? dayjs(`${params.get("month")}-01`) : dayjs();
  const { data, error, isFetching, refetch } = useMonthActivities(unitId, month);
  const byDay = useMemo(() => {
    const map = new Map<string, ActivityRowFragment[]>();
    for (const a of data ?? []) map.set(a.heldOn, [...(map.get(a.heldOn) ?? []), a]);
    for (const list of map.values()) list.sort((x, y) => x.startsAt.localeCompare(y.startsAt));
    return map;
  }, [data]);
  const newHere = (day: Dayjs) =>
    navigate(`/activities/new?${new URLSearchParams({ ...(unitId ? { unitId: unitId } : {}), date: toLocalDate(day) })}`);

  return (
    <>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
        <UnitPicker value={unitId} onChange={(id) => set({ unitId: id })} />
        <Typography.Text type="secondary">
          {month.format("YYYY年M月")}共 {data?.length ?? 0} 次活动
        </Typography.Text>
        {isFetching && <Spin size="small" />}
        <span style={{ flex: 1 }} />
        {can("ACTIVITY_WRITE") && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => newHere(dayjs())}>
            登记活动
          </Button>
        )}
      </Flex>
      <ErrorAlert error={error} onRetry={() => void refetch()} />
      <div data-testid="activity-calendar">
        <Calendar
          value={month.isSame(dayjs(), "month") ? dayjs() : month}
          onPanelChange={(value) => set({ month: value.format("YYYY-MM") })}
          onSelect={(value, info) => {
            if (info.source !== "date") return set({ month: value.format("YYYY-MM") });
            if (!value.isSame(month, "month")) return set({ month: value.format("YYYY-MM") });
            if (!byDay.get(toLocalDate(value))?.length && can("ACTIVITY_WRITE")) newHere(value);
          }}
          cellRender={(day, info) => {
            if (info.type !== "date") return info.originNode;
            const list = byDay.get(toLocalDate(day));
            if (!list?.length || !day.isSame(month, "month")) return null;
            return (
              <Flex vertical gap={2}>
                {list.map((a) => (
                  <Tooltip key={a.id} title={`${dayjs(a.startsAt).format("HH:mm")} ${ACTIVITY_TYPE_LABELS[a.type]}：${a.topic}`}>
                    <Tag
                      color={ACTIVITY_TYPE_COLORS[a.type]}
                      style={{ marginInlineEnd: 0, cursor: "pointer", overflow: "hidden", textOverflow: "ellipsis", maxWidth: "100%" }}
                      onClick={(e) => {
                        e.stopPropagation();
                        navigate(`/activities/${a.id}`);
                      }}
                    >
                      {ACTIVITY_TYPE_LABELS[a.type]}
                    </Tag>
                  </Tooltip>
                ))}
              </Flex>
            );
          }}
        />
      </div>
    </>
  );
}
