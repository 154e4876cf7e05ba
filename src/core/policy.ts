import { z } from "zod";
import { isIsoDate } from "./dates.ts";

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: "expected YYYY-MM-DD", abort: true })
  .refine(isIsoDate, "not a date in the calendar");
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "expected HH:mm");

const roleRules = (d: {
  maxLoans: number;
  loanDays: number;
  maxRenewals: number;
  renewDays: number;
  maxHolds: number;
}) =>
  z
    .object({
      maxLoans: z.number().int().min(0).default(d.maxLoans),
      loanDays: z.number().int().min(1).default(d.loanDays),
      maxRenewals: z.number().int().min(0).default(d.maxRenewals),
      renewDays: z.number().int().min(1).default(d.renewDays),
      maxHolds: z.number().int().min(0).default(d.maxHolds),
    })
    .strict()
    .prefault({});

/**
 * Circulation rules. Defaults are the ones the schools' own plans use (docs/users.md);
 * every value can be changed in shuxiang.config.json under "policy".
 */
export const policySchema = z
  .object({
    student: roleRules({ maxLoans: 2, loanDays: 7, maxRenewals: 1, renewDays: 7, maxHolds: 2 }),
    teacher: roleRules({ maxLoans: 10, loanDays: 30, maxRenewals: 2, renewDays: 30, maxHolds: 5 }),
    /** A loan can be renewed only when it is due within this many days (refusal `too_soon`). */
    renewWithinDays: z.number().int().min(0).default(3),
    /** Open days a ready hold waits on the hold shelf before the next reader is served. */
    holdPickupOpenDays: z.number().int().min(1).default(3),
    /** Days late at which overdue levels 1, 2 and 3 begin. */
    overdueLevelDays: z
      .tuple([z.number().int().min(1), z.number().int().min(1), z.number().int().min(1)])
      .default([1, 7, 14])
      .refine(([a, b, c]) => a < b && b < c, "levels must increase"),
    dueSoonDays: z.number().int().min(0).default(2),
    /**
     * Days late at which a card is suspended (以停代金) until the late books are back; 0 suspends
     * on any overdue book, as schools that "confiscate the card when a book is late" do.
     */
    suspendAfterOverdueDays: z.number().int().min(0).default(14),
    /** Books per pupil per term a class aims for (阳光阅读班级). */
    termTargetPerPupil: z.number().min(0).default(10),
    newTitleDays: z.number().int().min(1).default(30),
    /** Grades that leave the school at the end of the school year (离校清还), grade 6 by default. */
    graduatingGrades: z.array(z.number().int().min(1).max(12)).default([6]),
    /** Families of leaving pupils are told what to return or pay this many days before the last term ends. */
    clearanceDaysBeforeTermEnd: z.number().int().min(1).default(14),
    /**
     * Pupils may be named (masked, 张*明) in class groups: the monthly 小小读书迷. Off by default:
     * the pupil's family is told privately and the group hears only how many pupils read.
     */
    namePupilsInGroups: z.boolean().default(false),
    /** Books returned in a month a pupil needs to be that month's 小小读书迷 (and counted). */
    readerOfMonthMinBooks: z.number().int().min(1).default(3),
  })
  .strict()
  .prefault({});

export type Policy = z.infer<typeof policySchema>;
export type RoleRules = Policy["student"];

export const calendarSchema = z
  .object({
    terms: z
      .array(
        z
          .object({ name: z.string().min(1), startsOn: isoDate, endsOn: isoDate })
          .strict()
          .refine((t) => t.startsOn <= t.endsOn, {
            message: "a term must not end before it starts",
            path: ["endsOn"],
          }),
      )
      .default([]),
    closedDays: z.array(isoDate).default([]),
    /** Weekdays the library is closed (1 = Monday … 7 = Sunday). */
    closedWeekdays: z
      .array(z.number().int().min(1).max(7))
      .default([6, 7])
      .refine((days) => new Set(days).size < 7, "the library must open on at least one weekday"),
  })
  .strict()
  .prefault({});

export type CalendarConfig = z.infer<typeof calendarSchema>;

export const scheduleSchema = z
  .object({
    dailyReminders: clock.default("17:30"),
    weeklyRota: clock.default("07:30"),
    /** The class overdue list to each class teacher, Monday. */
    weeklyOverdue: clock.default("07:35"),
    weeklyFigures: clock.default("16:00"),
    activityNotices: clock.default("08:00"),
    /** Hold expiry and pickup reminders, before the library opens. */
    holdNotices: clock.default("07:40"),
    /** The term-end recall (期末催还), on the days before the term ends. */
    termEndRecall: clock.default("08:00"),
    /** Monthly recognition (小小读书迷, 阳光管理员), on the 1st for the month before. */
    monthlyRecognition: clock.default("08:30"),
    /** The nightly backup into DATA_DIR/backups. */
    nightlyBackup: clock.default("02:30"),
  })
  .strict()
  .prefault({});

export type ScheduleConfig = z.infer<typeof scheduleSchema>;

/** How fast proactive messages go out on WeChat: one every `min`–`max` seconds (random). */
export const deliverySchema = z
  .object({
    wechatIntervalSeconds: z
      .tuple([z.number().min(0.5), z.number().min(0.5)])
      .default([3, 6])
      .refine(([min, max]) => min <= max, "the first number must not exceed the second"),
  })
  .strict()
  .prefault({});

export type DeliveryConfig = z.infer<typeof deliverySchema>;

export const defaultPolicy: Policy = policySchema.parse({});
