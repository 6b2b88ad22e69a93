import "reflect-metadata";
import { GraphQLSchema, lexicographicSortSchema, printSchema } from "graphql";
import { buildSchema, NonEmptyArray } from "type-graphql";
import { authChecker } from "./auth/auth-checker";
import { DenyByDefault } from "./auth/deny-by-default";
import { AuthResolver } from "./auth/auth.resolver";
import { AccountResolver } from "./auth/account.resolver";
import { AuditResolver } from "./audit/audit.resolver";
import { CommitteeResolver } from "./org/committee.resolver";
import { OrgUnitResolver } from "./org/org-unit.resolver";
import { MemberResolver, MemberTransferResolver, RegisterEntryResolver } from "./member/member.resolver";
import { MassContactResolver, PersonResolver } from "./member/person.resolver";

export const RESOLVERS: NonEmptyArray<Function> = [
  OrgUnitResolver,
  CommitteeResolver,
  MemberResolver,
  RegisterEntryResolver,
  MemberTransferResolver,
  PersonResolver,
  MassContactResolver,
  AuthResolver,
  AccountResolver,
  AuditResolver,
];

let built: Promise<GraphQLSchema> | undefined;

/** One schema for the server, the tests and the committed SDL. */
export function buildAppSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers: RESOLVERS,
    authChecker,
    globalMiddlewares: [DenyByDefault],
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
  });
  return built;
}

/** Sorted SDL, so the committed file diffs only where the API changed. */
export async function printAppSchema(): Promise<string> {
  return printSchema(lexicographicSortSchema(await buildAppSchema()));
}
