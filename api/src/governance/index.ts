import { Award } from "./award.entity";
import {
  AwardResolver,
  IntegrityRiskResolver,
  MajorDecisionResolver,
  PartyAffairsNoticeResolver,
  RecognitionResolver,
} from "./governance.resolver";
import { IntegrityRisk } from "./integrity-risk.entity";
import { MajorDecision } from "./major-decision.entity";
import { PartyAffairsNotice } from "./party-affairs-notice.entity";
import { Recognition } from "./recognition.entity";

/**
 * Awards, honours, 党务公开, 三重一大 and the integrity-risk register. The area's resolvers and entities,
 * composed by api/src/schema.ts and api/src/entities.ts. It has no loaders of its own.
 */
export const resolvers = [
  AwardResolver,
  RecognitionResolver,
  PartyAffairsNoticeResolver,
  MajorDecisionResolver,
  IntegrityRiskResolver,
] as const;
export const entities = [Award, Recognition, PartyAffairsNotice, MajorDecision, IntegrityRisk];
