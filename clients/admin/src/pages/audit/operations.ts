import { graphql } from "../../gql";

export const AuditLog = graphql(`
  query AuditLog($filter: AuditFilter, $first: Int!, $offset: Int!) {
    auditEntries(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        id
        occurredAt
        actorId
        actorLabel
        operation
        entityType
        entityId
        unitId
        before
        after
      }
    }
  }
`);
