import { graphql, GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { denyUndeclaredRootFields } from "./deny-by-default";

describe("deny by default", () => {
  it("refuses a root field that declares no permission, and leaves the ways in and nested fields alone", async () => {
    const Session = new GraphQLObjectType({ name: "Session", fields: { token: { type: GraphQLString } } });
    const schema = denyUndeclaredRootFields(
      new GraphQLSchema({
        query: new GraphQLObjectType({
          name: "Query",
          fields: { forgotten: { type: GraphQLString, resolve: () => "secret" } },
        }),
        mutation: new GraphQLObjectType({
          name: "Mutation",
          fields: { login: { type: Session, resolve: () => ({ token: "t" }) } },
        }),
      }),
    );
    const refused = await graphql({ schema, source: "{ forgotten }" });
    expect(refused.data).toEqual({ forgotten: null });
    expect(refused.errors?.map((e) => [e.message, e.extensions?.code])).toEqual([["操作 forgotten 未声明所需权限，已拒绝", "FORBIDDEN"]]);
    expect(await graphql({ schema, source: "mutation { login { token } }" })).toEqual({ data: { login: { token: "t" } } });
  });
});
