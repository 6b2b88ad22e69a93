import { IsNull } from "typeorm";
import { byId, grouped, LoaderSource } from "../db/scoped-loaders";
import { ServiceEvaluation } from "./service-evaluation.entity";
import { ServicePledge } from "./service-pledge.entity";
import { ServicePostHolder } from "./service-post-holder.entity";
import { ServicePostType } from "./service-post-type.entity";
import { ServicePost } from "./service-post.entity";

/** Loaders of 设岗定责 (posts and their holders) and 三亮三比三评 (pledges and their evaluations). */
export function createServicePostLoaders(ctx: LoaderSource) {
  return {
    servicePostType: byId(ctx, ServicePostType),
    servicePost: byId(ctx, ServicePost),
    holdersOfPost: grouped(ctx, ServicePostHolder, "postId", { endDate: IsNull() }, { startDate: "ASC", createdAt: "ASC" }),
    holdersOfPostWithEnded: grouped(ctx, ServicePostHolder, "postId", {}, { startDate: "ASC", createdAt: "ASC" }),
    servicePledge: byId(ctx, ServicePledge),
    evaluationsOfPledge: grouped(ctx, ServiceEvaluation, "pledgeId", {}, { evaluatedOn: "ASC", createdAt: "ASC" }),
  };
}
