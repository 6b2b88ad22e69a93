import { ServiceEvaluation } from "./service-evaluation.entity";
import { ServicePledge } from "./service-pledge.entity";
import { ServicePostHolder } from "./service-post-holder.entity";
import { ServicePostType } from "./service-post-type.entity";
import { ServicePost } from "./service-post.entity";
import {
  ServiceEvaluationResolver,
  ServicePledgeResolver,
  ServicePostBranchCoverageResolver,
  ServicePostCoverageResolver,
  ServicePostHolderResolver,
  ServicePostResolver,
  ServicePostTypeResolver,
} from "./service-post.resolver";

/**
 * 设岗定责 and 三亮三比三评: service posts, their holders, pledges and evaluations. The area's resolvers and
 * entities, composed by api/src/schema.ts and api/src/entities.ts. Its loaders are in service-
 * post.loaders.ts (api/src/loaders.ts composes them from there).
 */
export const resolvers = [
  ServicePostTypeResolver,
  ServicePostResolver,
  ServicePostHolderResolver,
  ServicePostBranchCoverageResolver,
  ServicePostCoverageResolver,
  ServicePledgeResolver,
  ServiceEvaluationResolver,
] as const;
export const entities = [ServicePostType, ServicePost, ServicePostHolder, ServicePledge, ServiceEvaluation];
