import { CalendarResolver } from "./calendar.resolver";
import { Semester } from "./semester.entity";
import { VacationMonthSetting } from "./vacation-month-setting.entity";

/**
 * The academic calendar: semesters and vacation months. The area's resolvers and entities,
 * composed by api/src/schema.ts and api/src/entities.ts. Its loaders are in calendar.loaders.ts
 * (api/src/loaders.ts composes them from there).
 */
export const resolvers = [CalendarResolver] as const;
export const entities = [Semester, VacationMonthSetting];
