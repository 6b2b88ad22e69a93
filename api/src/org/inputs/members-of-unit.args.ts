import { ArgsType, Field } from "type-graphql";
import { PageArgs } from "../../common/pagination";

@ArgsType()
export class MembersOfUnitArgs extends PageArgs {
  @Field({ defaultValue: false, description: "是否包含下级组织的党员" })
  subtree: boolean;
}
