import type { DevCaseFieldsFragment, DevelopmentProcedure } from "./generated/graphql";
import { createMember } from "./fixtures";
import {
  CreateOrgUnit,
  DevAdvance,
  DevApply,
  DevApproveAdmission,
  DevAssignContact,
  DevCloseNotice,
  DevOpenNotice,
  DevProcedure,
  DevVote,
} from "./operations";
import { accepted } from "./refusal";
import type { Client, TestApp } from "./test-app";

/*
 * Carrying development cases through their stages in tests: each helper is one typed operation,
 * and `to*` helpers walk a case up to a stage through valid steps only, with dates given.
 */

export type CaseRef = Pick<DevCaseFieldsFragment, "id" | "version">;

let serial = 0;

/** A new student branch under 财经学院党总支, with `full` full members (and their ids). */
export async function branchWithMembers(
  app: TestApp,
  generalBranchId: string,
  full: number,
  kind: "STUDENT" | "FACULTY" = "STUDENT",
): Promise<{ id: string; members: string[] }> {
  const unit = accepted(
    (
      await app.ok(CreateOrgUnit, {
        input: { kind: "BRANCH", name: `发展测试支部${++serial}`, parentId: generalBranchId, branchKind: kind },
      })
    ).createOrgUnit,
  );
  const members: string[] = [];
  for (let i = 0; i < full; i++)
    members.push(
      (
        await createMember(app, unit.id, {
          name: `正式党员${serial}-${i + 1}`,
          standing: "FULL",
          joinedOn: "2010-06-01",
          fullSince: "2011-06-01",
          category: kind === "STUDENT" ? "STUDENT" : "FACULTY",
        })
      ).id,
    );
  return { id: unit.id, members };
}

export class Steps {
  constructor(private readonly client: Client) {}

  async apply(branchId: string, name: string, birthDate: string, appliedOn: string) {
    return (await this.client.ok(DevApply, { input: { branchId, name, gender: "FEMALE", birthDate, appliedOn } })).applyForMembership;
  }

  async advance(c: CaseRef, to: DevCaseFieldsFragment["stage"], on: string, note?: string) {
    return (await this.client.ok(DevAdvance, { input: { id: c.id, version: c.version, to, on, note } })).advanceDevelopmentCase;
  }

  async procedure(c: CaseRef, procedure: DevelopmentProcedure, on: string) {
    return (await this.client.ok(DevProcedure, { input: { id: c.id, version: c.version, procedure, on } })).recordDevelopmentProcedure;
  }

  async openNotice(c: CaseRef, purpose: "CANDIDATE" | "DEVELOPMENT_TARGET" | "CONVERSION", startsOn: string, endsOn: string) {
    return (await this.client.ok(DevOpenNotice, { input: { id: c.id, version: c.version, purpose, startsOn, endsOn } }))
      .openDevelopmentNotice;
  }

  async closeNotice(c: CaseRef, on: string, outcome: "NO_OBJECTION" | "OBJECTION_DISMISSED" | "OBJECTION_SUSTAINED" = "NO_OBJECTION") {
    const note = outcome === "NO_OBJECTION" ? undefined : "有同学反映情况，已核实";
    return (await this.client.ok(DevCloseNotice, { input: { id: c.id, version: c.version, on, outcome, note } })).closeDevelopmentNotice;
  }

  async contact(c: CaseRef, role: "TRAINER" | "INTRODUCER", memberId: string, on: string) {
    return (await this.client.ok(DevAssignContact, { input: { id: c.id, version: c.version, role, memberId, on } }))
      .assignDevelopmentContact;
  }

  async vote(
    c: CaseRef,
    purpose: "ADMISSION" | "CONVERSION",
    heldOn: string,
    present: number,
    votesFor: number,
    exclusions: Array<{ memberId: string; reason: string }> = [],
  ) {
    return (
      await this.client.ok(DevVote, {
        input: {
          id: c.id,
          version: c.version,
          purpose,
          heldOn,
          present,
          votesFor,
          votesAgainst: 0,
          abstentions: present - votesFor,
          exclusions,
        },
      })
    ).recordDevelopmentVote;
  }

  async approveAdmission(c: CaseRef, on: string) {
    return (await this.client.ok(DevApproveAdmission, { input: { id: c.id, version: c.version, on } })).approveAdmission;
  }

  /** Application (on `applied`) → activist → exam → candidate → notice → trainer → inspection from `inspection`. */
  async toInspection(branchId: string, name: string, trainerId: string, d: { applied: string; inspection: string; birth?: string }) {
    const day = (offset: number) => shift(d.applied, offset);
    let c: CaseRef = accepted(await this.apply(branchId, name, d.birth ?? "2000-01-01", d.applied));
    c = accepted(await this.advance(c, "ACTIVIST", day(10)));
    c = accepted(await this.procedure(c, "PARTY_SCHOOL_EXAM_PASSED", day(20)));
    c = accepted(await this.advance(c, "CANDIDATE", day(30)));
    c = accepted(await this.openNotice(c, "CANDIDATE", day(31), day(37)));
    c = accepted(await this.closeNotice(c, day(37)));
    c = accepted(await this.contact(c, "TRAINER", trainerId, day(38)));
    return accepted(await this.advance(c, "UNDER_INSPECTION", d.inspection));
  }

  /** … → development target on `target` → notice → two introducers: ready for the admission vote after `target` + 8 days. */
  async toVote(
    branchId: string,
    name: string,
    people: { trainer: string; introducers: [string, string] },
    d: { applied: string; inspection: string; target: string },
  ) {
    let c: CaseRef = await this.toInspection(branchId, name, people.trainer, d);
    c = accepted(await this.advance(c, "DEVELOPMENT_TARGET", d.target));
    c = accepted(await this.openNotice(c, "DEVELOPMENT_TARGET", shift(d.target, 1), shift(d.target, 7)));
    c = accepted(await this.closeNotice(c, shift(d.target, 7)));
    c = accepted(await this.contact(c, "INTRODUCER", people.introducers[0], shift(d.target, 2)));
    return accepted(await this.contact(c, "INTRODUCER", people.introducers[1], shift(d.target, 2)));
  }
}

/** A day `days` after `date`. */
export function shift(date: string, days: number): string {
  const t = new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}
