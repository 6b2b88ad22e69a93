import { ASTVisitor, FragmentDefinitionNode, GraphQLError, Kind, SelectionSetNode, ValidationContext } from "graphql";
import { EDGE_LIMITS } from "./limits";

const tooComplex = (message: string) => new GraphQLError(message, { extensions: { code: "QUERY_TOO_COMPLEX" } });

/** Refuses documents nested deeper than `maxDepth` (fragments followed, cycles cut). */
export function depthLimitRule(maxDepth: number = EDGE_LIMITS.maxDepth) {
  return (context: ValidationContext): ASTVisitor => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const depthOf = (set: SelectionSetNode | undefined, seen: Set<string>): number => {
      if (!set) return 0;
      let deepest = 0;
      for (const selection of set.selections) {
        if (selection.kind === Kind.FIELD) {
          deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, seen) : 1);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          deepest = Math.max(deepest, depthOf(selection.selectionSet, seen));
        } else if (!seen.has(selection.name.value)) {
          const fragment = fragments.get(selection.name.value);
          deepest = Math.max(deepest, depthOf(fragment?.selectionSet, new Set([...seen, selection.name.value])));
        }
        if (deepest > maxDepth) return deepest; // no need to walk further
      }
      return deepest;
    };

    return {
      OperationDefinition(node) {
        const depth = depthOf(node.selectionSet, new Set());
        if (depth > maxDepth) context.reportError(tooComplex(`查询嵌套过深（${depth} 层，上限 ${maxDepth} 层）`));
      },
    };
  };
}

/** Refuses documents with more than `maxAliases` aliased fields. */
export function aliasLimitRule(maxAliases: number = EDGE_LIMITS.maxAliases) {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    let reported = false;
    return {
      Field(node) {
        if (!node.alias) return;
        aliases++;
        if (aliases > maxAliases && !reported) {
          reported = true;
          context.reportError(tooComplex(`查询使用的别名过多（上限 ${maxAliases} 个）`));
        }
      },
    };
  };
}
