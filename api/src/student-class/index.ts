import { ClassGroup } from "./class-group.entity";
import { ClassMember } from "./class-member.entity";
import { StudentClass } from "./student-class.entity";
import { ClassGroupResolver, ClassMemberResolver, MemberClassResolver, StudentClassResolver } from "./student-class.resolver";

/**
 * Students' classes, their members and the party groups that cover them. The area's resolvers and
 * entities, composed by api/src/schema.ts and api/src/entities.ts. Its loaders are in student-
 * class.loaders.ts (api/src/loaders.ts composes them from there).
 */
export const resolvers = [StudentClassResolver, ClassMemberResolver, ClassGroupResolver, MemberClassResolver] as const;
export const entities = [StudentClass, ClassMember, ClassGroup];
