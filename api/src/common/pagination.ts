import { ArgsType, ClassType, Field, Int, ObjectType } from "type-graphql";
import { Max, Min } from "class-validator";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

@ArgsType()
export class PageArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1–${MAX_PAGE_SIZE}.` })
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number;

  @Field(() => Int, { defaultValue: 0 })
  @Min(0)
  offset: number;
}

export interface Page<T> {
  items: T[];
  totalCount: number;
}

/** `{ items, totalCount }`: what an antd table needs for its pager. */
export function PageType<T extends object>(itemType: ClassType<T>, name = `${itemType.name}Page`) {
  @ObjectType(name)
  class PageClass implements Page<T> {
    @Field(() => [itemType])
    items: T[];

    @Field(() => Int)
    totalCount: number;
  }
  return PageClass;
}
