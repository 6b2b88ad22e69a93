import { useMemo } from "react";
import { TreeSelect } from "antd";
import { useQuery } from "@tanstack/react-query";
import { graphql } from "./gql";
import { request } from "./graphql-client";
import { useSession } from "./session";
import type { UnitTreeNodeFragment } from "./gql/graphql";

export const UnitTreeNode = graphql(`
  fragment UnitTreeNode on OrgUnit {
    id
    name
    kind
    parentId
    branchKind
  }
`);

const UnitRoot = graphql(`
  query UnitRoot($id: ID!) {
    orgUnit(id: $id) {
      ...UnitTreeNode
    }
  }
`);

const UnitsUnder = graphql(`
  query UnitsUnder($underId: ID!, $offset: Int!) {
    orgUnits(filter: { underId: $underId }, first: 100, offset: $offset) {
      totalCount
      items {
        ...UnitTreeNode
      }
    }
  }
`);

/** Every unit of the signed-in user's scope (the scope's root first), read page by page once per session. */
export function useScopeUnits() {
  const { user } = useSession();
  const rootId = user.scopeUnitId;
  return useQuery({
    queryKey: ["ScopeUnits", rootId],
    enabled: !!rootId,
    staleTime: 5 * 60_000,
    queryFn: async (): Promise<UnitTreeNodeFragment[]> => {
      const { orgUnit } = await request(UnitRoot, { id: rootId! });
      const units: UnitTreeNodeFragment[] = orgUnit ? [orgUnit] : [];
      for (let offset = 0; ; offset += 100) {
        const { orgUnits } = await request(UnitsUnder, { underId: rootId!, offset });
        units.push(...orgUnits.items);
        if (offset + 100 >= orgUnits.totalCount) break;
      }
      return units;
    },
  });
}

interface TreeNode {
  value: string;
  title: string;
  children: TreeNode[];
}

function treeOf(units: UnitTreeNodeFragment[]): TreeNode[] {
  const nodes = new Map(units.map((u) => [u.id, { value: u.id, title: u.name, children: [] as TreeNode[] }]));
  const roots: TreeNode[] = [];
  for (const unit of units) {
    const parent = unit.parentId ? nodes.get(unit.parentId) : undefined;
    (parent ? parent.children : roots).push(nodes.get(unit.id)!);
  }
  return roots;
}

/**
 * Chooses a unit of the user's scope from the organisation tree (党委 → 党总支 → 党支部 → 党小组),
 * searchable by name. `kinds` limits what may be chosen (e.g. only branches).
 */
export function UnitPicker({
  id,
  value,
  onChange,
  kinds,
  placeholder = "选择组织",
  allowClear,
  style,
}: {
  /** Set by antd's Form.Item, so the field's label names the picker. */
  id?: string;
  value?: string | null;
  onChange?: (id: string | undefined) => void;
  kinds?: string[];
  placeholder?: string;
  allowClear?: boolean;
  style?: React.CSSProperties;
}) {
  const { data, isLoading } = useScopeUnits();
  const tree = useMemo(() => {
    const units = data ?? [];
    const selectable = new Set(units.filter((u) => !kinds || kinds.includes(u.kind)).map((u) => u.id));
    const mark = (nodes: TreeNode[]): Array<TreeNode & { selectable: boolean }> =>
      nodes.map((n) => ({ ...n, selectable: selectable.has(n.value), children: mark(n.children) }));
    return mark(treeOf(units));
  }, [data, kinds]);
  return (
    <TreeSelect
      data-testid="unit-picker"
      id={id}
      value={value ?? undefined}
      onChange={(v) => onChange?.(v ?? undefined)}
      treeData={tree}
      loading={isLoading}
      showSearch={{ treeNodeFilterProp: "title" }}
      treeDefaultExpandAll={false}
      treeDefaultExpandedKeys={tree.map((n) => n.value)}
      placeholder={placeholder}
      allowClear={allowClear}
      style={{ minWidth: 260, ...style }}
      popupMatchSelectWidth={false}
    />
  );
}
