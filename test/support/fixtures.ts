import type { CreateMemberInput } from "./generated/graphql";
import { CreateMember, OrgUnits } from "./operations";
import { accepted } from "./refusal";
import type { TestApp } from "./test-app";

export interface Unit {
  id: string;
  name: string;
  fullName: string;
  kind: string;
  version: number;
}

/** Every unit of the seeded college, by full name (“财经学院学生支部”, “财经学院党总支”, …). */
export async function unitsByFullName(app: TestApp): Promise<Record<string, Unit>> {
  const data = await app.ok(OrgUnits, { first: 100 });
  return Object.fromEntries(data.orgUnits.items.map((u) => [u.fullName, u]));
}

/** Creates an active member through the API (as the administrator) and returns its id and version. */
export async function createMember(
  app: TestApp,
  branchId: string,
  extra: Partial<CreateMemberInput> = {},
): Promise<{ id: string; version: number }> {
  const data = await app.ok(CreateMember, {
    input: {
      name: "测试党员",
      gender: "FEMALE",
      category: "STUDENT",
      standing: "FULL",
      branchId,
      idNumber: "500101200001011234",
      phone: "13912345678",
      ...extra,
    },
  });
  const { id, version } = accepted(data.createMember);
  return { id, version };
}
