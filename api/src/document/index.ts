import { FiledDocument } from "./filed-document.entity";
import { FiledDocumentResolver, MemberThoughtReportsResolver, OrgUnitFiledDocumentsResolver } from "./filed-document.resolver";

/**
 * Filed documents (备案文件) and members' thought reports. The area's resolvers and entities, composed
 * by api/src/schema.ts and api/src/entities.ts. Its loaders are in document.loaders.ts
 * (api/src/loaders.ts composes them from there).
 */
export const resolvers = [FiledDocumentResolver, OrgUnitFiledDocumentsResolver, MemberThoughtReportsResolver] as const;
export const entities = [FiledDocument];
