import { Field, ID, InputType, Int } from "type-graphql";
import { IsUUID, Length } from "class-validator";

/**
 * What archiving any record needs: which one, the version the user saw, and why. Each area
 * names its own input (`ArchiveRoomInput extends ArchiveInput`) so the schema stays explicit.
 */
@InputType()
export abstract class ArchiveInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  version: number;

  @Field()
  @Length(1, 500)
  reason: string;
}
