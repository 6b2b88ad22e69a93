import { AuditEntry } from "./audit/audit-entry.entity";
import * as activity from "./activity";
import * as assessment from "./assessment";
import * as auth from "./auth";
import * as calendar from "./calendar";
import * as document from "./document";
import * as funding from "./funding";
import * as governance from "./governance";
import * as liaison from "./liaison";
import * as member from "./member";
import * as org from "./org";
import * as pipeline from "./pipeline";
import * as room from "./room";
import * as servicePost from "./service-post";
import * as studentClass from "./student-class";

/** Every stored entity, from each area's index.ts (the audit log's own, until it has one). */
export const ENTITIES = [
  ...org.entities,
  ...member.entities,
  AuditEntry,
  ...auth.entities,
  ...studentClass.entities,
  ...liaison.entities,
  ...servicePost.entities,
  ...funding.entities,
  ...governance.entities,
  ...calendar.entities,
  ...activity.entities,
  ...room.entities,
  ...document.entities,
  ...pipeline.entities,
  ...assessment.entities,
];
