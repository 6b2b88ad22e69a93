import { ClassType, Field, ID, InputType, Int } from "type-graphql";
import { IsUUID, Length } from "class-validator";

/*
 * The fields every change and every archive names, as type-graphql mixin classes (its
 * examples/mixin-classes): `class UpdateRoomInput extends Versioned(RoomFieldsInput) {}`. Each input
 * keeps its own name and descriptions in the schema; the mixins themselves are never emitted.
 */

/** Where a chain starts when an input has no fields class of its own. */
class NoFields {}

/** Descriptions some inputs give their `id` and `version` (most give none). */
export interface VersionTexts {
  id?: string;
  version?: string;
}

/** Adds the record's `id` and the `version` the caller saw: a stale version gets CONFLICT. */
export function Versioned(texts?: VersionTexts): ReturnType<typeof versioned<typeof NoFields>>;
export function Versioned<T extends ClassType>(Base: T, texts?: VersionTexts): ReturnType<typeof versioned<T>>;
export function Versioned(baseOrTexts?: ClassType | VersionTexts, texts?: VersionTexts) {
  return typeof baseOrTexts === "function" ? versioned(baseOrTexts, texts) : versioned(NoFields, baseOrTexts);
}

function versioned<T extends ClassType>(Base: T, texts: VersionTexts = {}) {
  @InputType()
  abstract class VersionedInput extends Base {
    @Field(() => ID, { description: texts.id })
    @IsUUID()
    id: string;

    @Field(() => Int, { description: texts.version })
    version: number;
  }
  return VersionedInput;
}

/** What archiving (作废/归档) any record needs: which one, the version the caller saw, and why. */
export function Archiving(texts: { reason?: string } = {}) {
  @InputType()
  abstract class ArchivingInput extends Versioned() {
    @Field({ description: texts.reason })
    @Length(1, 500)
    reason: string;
  }
  return ArchivingInput;
}
