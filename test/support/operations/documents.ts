import { graphql } from "../generated";

/** Files a document (备案文件) at its unit, a thought report at its member's branch. */
export const DocumentFile = graphql(`
  mutation DocumentFile($input: FileDocumentInput!) {
    fileDocument(input: $input) {
      __typename
      ... on FiledDocument {
        id
        version
        kind
        title
        filedOn
        receivedBy
        note
        archivedAt
        archiveReason
        unit {
          name
          kind
        }
        member {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const DocumentUpdate = graphql(`
  mutation DocumentUpdate($input: UpdateFiledDocumentInput!) {
    updateFiledDocument(input: $input) {
      __typename
      ... on FiledDocument {
        id
        version
        kind
        title
        filedOn
        receivedBy
        note
        archivedAt
        archiveReason
        unit {
          name
          kind
        }
        member {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

export const DocumentArchive = graphql(`
  mutation DocumentArchive($input: ArchiveFiledDocumentInput!) {
    archiveFiledDocument(input: $input) {
      __typename
      ... on FiledDocument {
        id
        version
        kind
        title
        filedOn
        receivedBy
        note
        archivedAt
        archiveReason
        unit {
          name
          kind
        }
        member {
          name
        }
      }
      ... on Refusal {
        errorCode
        message
        field
      }
    }
  }
`);

/** How many documents there are (a user's own scope). */
export const DocumentCount = graphql(`
  query DocumentCount($filter: FiledDocumentFilter, $first: Int) {
    filedDocuments(filter: $filter, first: $first) {
      totalCount
    }
  }
`);

export const DocumentIds = graphql(`
  query DocumentIds($filter: FiledDocumentFilter) {
    filedDocuments(filter: $filter) {
      totalCount
      items {
        id
      }
    }
  }
`);

export const DocumentList = graphql(`
  query DocumentList($filter: FiledDocumentFilter, $first: Int, $offset: Int) {
    filedDocuments(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        kind
        title
        filedOn
        member {
          name
        }
        unit {
          name
        }
      }
    }
  }
`);

export const DocumentMemberNames = graphql(`
  query DocumentMemberNames($first: Int) {
    filedDocuments(first: $first) {
      totalCount
      items {
        member {
          name
        }
      }
    }
  }
`);

export const DocumentUnitNames = graphql(`
  query DocumentUnitNames($first: Int) {
    filedDocuments(first: $first) {
      totalCount
      items {
        unit {
          name
        }
      }
    }
  }
`);

export const DocumentKindOf = graphql(`
  query DocumentKindOf($id: ID!) {
    filedDocument(id: $id) {
      kind
    }
  }
`);

export const DocumentIdOf = graphql(`
  query DocumentIdOf($id: ID!) {
    filedDocument(id: $id) {
      id
    }
  }
`);

/** A unit's documents as a field. */
export const DocumentsOfUnit = graphql(`
  query DocumentsOfUnit($id: ID!) {
    orgUnit(id: $id) {
      filedDocuments {
        id
      }
    }
  }
`);

/** A unit's documents by kind and its members' thought reports. */
export const DocumentUnitFields = graphql(`
  query DocumentUnitFields($id: ID!) {
    orgUnit(id: $id) {
      all: filedDocuments {
        kind
      }
      plans: filedDocuments(kind: DEV_PLAN) {
        title
      }
      members(first: 10) {
        items {
          name
          thoughtReports {
            filedOn
          }
        }
      }
    }
  }
`);

/** Documents → unit → parents, member → branch and reports: a nested read whose statement count must not grow. */
export const DocumentsNested = graphql(`
  query DocumentsNested($unitId: ID!, $first: Int) {
    filedDocuments(filter: { unitId: $unitId }, first: $first) {
      totalCount
      items {
        title
        unit {
          name
          parent {
            name
            parent {
              name
            }
          }
        }
        member {
          name
          branch {
            name
          }
          thoughtReports {
            filedOn
          }
        }
      }
    }
  }
`);
