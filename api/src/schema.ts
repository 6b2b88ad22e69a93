import "reflect-metadata";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, NonEmptyArray } from "type-graphql";
import { authChecker } from "./auth/auth-checker";
import { denyUndeclaredRootFields } from "./auth/deny-by-default";
import { guardRelationFields } from "./auth/field-guards";
import { validateArgs } from "./common/validate-args";
import { AuditResolver } from "./audit/audit.resolver";
import { ComplianceResolver, FindingResolver } from "./rules/compliance.resolver";
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

/**
 * Every area's resolvers (each area's index.ts). The audit log and the rule engine are listed by
 * their resolvers until they have an index of their own.
 */
export const RESOLVERS: NonEmptyArray<Function> = [
  ...org.resolvers,
  ...member.resolvers,
  ...auth.resolvers,
  AuditResolver,
  ComplianceResolver,
  FindingResolver,
  ...studentClass.resolvers,
  ...liaison.resolvers,
  ...servicePost.resolvers,
  ...funding.resolvers,
  ...governance.resolvers,
  ...calendar.resolvers,
  ...activity.resolvers,
  ...room.resolvers,
  ...document.resolvers,
  ...pipeline.resolvers,
  ...assessment.resolvers,
];

let built: Promise<GraphQLSchema> | undefined;

/** One schema for the server, the tests and the committed SDL. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    // Replaces type-graphql's own class-validator call (it runs it too), adding the checks every input needs.
    validateFn: validateArgs,
    emitSchemaFile: false,
  })
    .then(denyUndeclaredRootFields)
    .then((schema) => {
      guardRelationFields(schema);
      return schema;
    });
  return built;
}

/** Sorted SDL, so the committed file diffs only where the API changed. */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema()));
}
