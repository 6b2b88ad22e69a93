import { graphql } from "../../gql";

export const DocumentFields = graphql(`
  fragment DocumentFields on FiledDocument {
    id
    kind
    title
    filedOn
    receivedBy
    note
    unitId
    unit {
      id
      fullName
    }
    memberId
    member {
      id
      name
    }
    archivedAt
    archiveReason
    version
  }
`);

export const DocumentList = graphql(`
  query DocumentList($filter: FiledDocumentFilter, $first: Int!, $offset: Int!) {
    filedDocuments(filter: $filter, first: $first, offset: $offset) {
      totalCount
      items {
        ...DocumentFields
      }
    }
  }
`);

export const FileDocument = graphql(`
  mutation FileDocument($input: FileDocumentInput!) {
    fileDocument(input: $input) {
      __typename
      ... on FiledDocument {
        ...DocumentFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const UpdateDocument = graphql(`
  mutation UpdateDocument($input: UpdateFiledDocumentInput!) {
    updateFiledDocument(input: $input) {
      __typename
      ... on FiledDocument {
        ...DocumentFields
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);

export const ArchiveDocument = graphql(`
  mutation ArchiveDocument($input: ArchiveFiledDocumentInput!) {
    archiveFiledDocument(input: $input) {
      __typename
      ... on FiledDocument {
        id
        archivedAt
      }
      ... on Refusal {
        ...RefusalFields
      }
    }
  }
`);
