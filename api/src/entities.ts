import { AuditEntry } from "./audit/audit-entry.entity";
import { ApiToken } from "./auth/api-token.entity";
import { UserSession } from "./auth/user-session.entity";
import { User } from "./auth/user.entity";
import { MassContact } from "./member/mass-contact.entity";
import { MemberTransfer } from "./member/member-transfer.entity";
import { Member } from "./member/member.entity";
import { Person } from "./member/person.entity";
import { RegisterEntry } from "./member/register-entry.entity";
import { CommitteePosition } from "./org/committee-position.entity";
import { OrgUnit } from "./org/org-unit.entity";

export const ENTITIES = [OrgUnit, CommitteePosition, Member, RegisterEntry, MemberTransfer, Person, MassContact, AuditEntry, User, UserSession, ApiToken];
