import { ActivityAttendance } from "./activity-attendance.entity";
import { Activity } from "./activity.entity";
import {
  ActivityAttendanceResolver,
  ActivityResolver,
  EducationHoursTotalsResolver,
  MemberEducationHoursResolver,
} from "./activity.resolver";
import { RecordBookHandIn } from "./record-book-hand-in.entity";
import { RecordBookHandInResolver, RecordBookResolver } from "./record-book.resolver";
import { StudyRecord } from "./study-record.entity";
import { StudyRecordResolver } from "./study-record.resolver";

/**
 * Activities and their attendance, study records, record books and education hours. The area's
 * resolvers and entities, composed by api/src/schema.ts and api/src/entities.ts. Its loaders are
 * in activity.loaders.ts (api/src/loaders.ts composes them from there).
 */
export const resolvers = [
  ActivityResolver,
  ActivityAttendanceResolver,
  EducationHoursTotalsResolver,
  MemberEducationHoursResolver,
  StudyRecordResolver,
  RecordBookResolver,
  RecordBookHandInResolver,
] as const;
export const entities = [Activity, ActivityAttendance, StudyRecord, RecordBookHandIn];
