import { Column, Index } from "typeorm";
import { Field, ID } from "type-graphql";
import { DateScalar } from "./scalars";

/*
 * A stored column and its GraphQL field declared together, for the shapes every record repeats.
 * They say the same as the decorators they stand for (column type, nullability, index, field type
 * and description); anything else is still declared with @Column and @Field by hand.
 */

export interface ColumnFieldOptions {
  nullable?: boolean;
  description?: string;
}

/** A uuid naming another record, exposed as an ID and indexed (every foreign key is: STYLE 5), unless `index: false`. */
export function Reference(options: ColumnFieldOptions & { index?: boolean } = {}): PropertyDecorator {
  const { index = true, ...field } = options;
  return (target, key) => {
    Field(() => ID, fieldOptions(field))(target, key);
    if (index) Index()(target, key);
    Column({ type: "uuid", nullable: field.nullable ?? false })(target, key);
  };
}

/** A calendar day (`date`), exposed as a LocalDate. */
export function DateField(options: ColumnFieldOptions = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => DateScalar, fieldOptions(options))(target, key);
    Column({ type: "date", nullable: options.nullable ?? false })(target, key);
  };
}

/** Free text (`text`), exposed as a String. */
export function TextField(options: ColumnFieldOptions = {}): PropertyDecorator {
  return (target, key) => {
    Field(() => String, fieldOptions(options))(target, key);
    Column({ type: "text", nullable: options.nullable ?? false })(target, key);
  };
}

/** Only the options given, so a field without a description stays without one in the schema. */
function fieldOptions({ nullable, description }: ColumnFieldOptions): { nullable?: boolean; description?: string } {
  return { ...(nullable ? { nullable } : {}), ...(description !== undefined ? { description } : {}) };
}

/**
 * The college a row belongs to — every row carries it (the scale path partitions by college, see
 * ARCHITECTURE) — kept off the GraphQL type; indexed unless `index: false`.
 */
export function CollegeColumn(options: { index?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    if (options.index ?? true) Index()(target, key);
    Column({ type: "uuid" })(target, key);
  };
}
