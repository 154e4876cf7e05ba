import type { Db } from "./client.ts";

const noticeActivity = {
  id: true,
  name: true,
  description: true,
  startsOn: true,
  endsOn: true,
  deadlineOn: true,
  audience: true,
} as const;

export interface NoticeActivity {
  id: number;
  name: string;
  description: string;
  startsOn: string;
  endsOn: string;
  deadlineOn: string | null;
  audience: string;
}

/** Activities starting after `after` up to and including `upTo`. */
export function findActivitiesStarting(
  db: Db,
  after: string,
  upTo: string,
): Promise<NoticeActivity[]> {
  return db.activity.findMany({
    where: { startsOn: { gt: after, lte: upTo } },
    select: noticeActivity,
    orderBy: { id: "asc" },
  });
}

/**
 * Activities created after `since` that are running on `day` (started, not ended): made after
 * the run of their start date, so that run could not announce them.
 */
export function findActivitiesStartedBeforeCreated(
  db: Db,
  since: Date,
  day: string,
): Promise<NoticeActivity[]> {
  return db.activity.findMany({
    where: { createdAt: { gt: since }, startsOn: { lte: day }, endsOn: { gte: day } },
    select: noticeActivity,
    orderBy: { id: "asc" },
  });
}

/** Activities whose deadline is after `after` up to and including `upTo`. */
export function findActivitiesDue(db: Db, after: string, upTo: string): Promise<NoticeActivity[]> {
  return db.activity.findMany({
    where: { deadlineOn: { gt: after, lte: upTo } },
    select: noticeActivity,
    orderBy: { id: "asc" },
  });
}
