import { CreateDateColumn, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from "typeorm";
import { Field, ID, Int, ObjectType } from "type-graphql";

/**
 * Shared columns of every stored record: a uuid, timestamps, and a version that every update
 * must name, so two people editing the same record never silently overwrite each other.
 */
@ObjectType()
export abstract class BaseEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn("uuid")
  id: string;

  @Field(() => Date)
  @CreateDateColumn({ type: "timestamptz" })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: "timestamptz" })
  updatedAt: Date;

  @Field(() => Int, { description: "Optimistic-lock version: pass it back on update; a stale one gets CONFLICT." })
  @VersionColumn({ type: "int" })
  version: number;
}
