import { Field, ID } from "type-graphql";
import { IsOptional, IsUUID, Length, MaxLength } from "class-validator";
import { DateScalar } from "./scalars";

/*
 * Input fields with the validation that always goes with them, for the shapes every input repeats:
 * an id is a uuid, an optional field may be left out, optional text has a length limit. Anything
 * else is still declared with @Field and class-validator by hand.
 */

type TypeFn = Parameters<typeof Field>[0] & (() => unknown);

/** A required id (a uuid). */
export function IdField(description?: string): PropertyDecorator {
  return (target, key) => {
    Field(() => ID, described({}, description))(target, key);
    IsUUID()(target, key);
  };
}

/** An optional id (a uuid when given). */
export function OptionalId(description?: string): PropertyDecorator {
  return optional(() => ID, description, IsUUID());
}

/** Optional text of at most `max` characters (and at least `min`, when given: a title that may be changed but not blanked). */
export function OptionalText(length: { min?: number; max: number }, description?: string): PropertyDecorator {
  return optional(() => String, description, length.min === undefined ? MaxLength(length.max) : Length(length.min, length.max));
}

/** An optional calendar day. */
export function OptionalDate(description?: string): PropertyDecorator {
  return optional(() => DateScalar, description);
}

/** An optional field of the given type (an enum, a scalar). */
export function Optional(type: TypeFn, description?: string): PropertyDecorator {
  return optional(type, description);
}

function optional(type: TypeFn, description: string | undefined, ...checks: PropertyDecorator[]): PropertyDecorator {
  return (target, key) => {
    Field(type, described({ nullable: true }, description))(target, key);
    IsOptional()(target, key);
    for (const check of checks) check(target, key);
  };
}

function described<T extends object>(options: T, description: string | undefined): T & { description?: string } {
  return description === undefined ? options : { ...options, description };
}
