import type { FactFamily } from "../family.types";
import { ACTIVITIES } from "./activity.facts";
import { ALLOWANCES } from "./allowance.facts";
import { ASSESSMENT_APPEALS } from "./assessment.facts";
import { AWARDS } from "./award.facts";
import { STUDENT_COVERAGE } from "./coverage.facts";
import { DEVELOPMENT_CASES } from "./development.facts";
import { DOCUMENTS } from "./document.facts";
import { EDUCATION_HOURS } from "./education-hours.facts";
import { FUNDS } from "./fund.facts";
import { LIAISON_VISITS } from "./liaison.facts";
import { MEMBER_DUTIES } from "./member-duty.facts";
import { RECORD_BOOKS } from "./record-book.facts";
import { ROOMS } from "./room.facts";
import { THOUGHT_REPORTS } from "./thought-report.facts";

/** Every fact family the rulebook's rules read (a rule names its family; rulebook.ts checks it is here). */
export const FAMILIES: readonly FactFamily[] = [
  ACTIVITIES,
  EDUCATION_HOURS,
  MEMBER_DUTIES,
  THOUGHT_REPORTS,
  LIAISON_VISITS,
  FUNDS,
  ROOMS,
  DOCUMENTS,
  RECORD_BOOKS,
  ALLOWANCES,
  AWARDS,
  STUDENT_COVERAGE,
  DEVELOPMENT_CASES,
  ASSESSMENT_APPEALS,
];
