import type { Db } from "../db/client.ts";
import { findMemberQuietHours } from "../db/outbox-send-repo.ts";
import type { SendRow } from "../db/outbox-send-repo.ts";
import { findUnreachable } from "../db/unreachable-repo.ts";
import type { Pacer } from "./pacing.ts";
import { quietUntil } from "./quiet-hours.ts";

/** What the sender needs to sort a batch. */
export interface PlanEnv {
  db: Db;
  platform: string;
  timezone: string;
  /** The school's quiet hours (QUIET_HOURS), for groups and members who set none. */
  quietHours: string;
  pacer: Pacer;
}

/** A batch of due rows sorted: send now, give up on, or try later. */
export interface BatchPlan {
  ready: SendRow[];
  /** Row ids by the reason they are dead. */
  dead: Map<string, number[]>;
  /** Row ids by the time (ms) they are due again. */
  defer: Map<number, number[]>;
}

/** A second row to a chat in the same batch waits this long, then is paced normally. */
const SAME_CHAT_GAP_MS = 1_000;

const push = <K>(map: Map<K, number[]>, key: K, id: number) =>
  map.set(key, [...(map.get(key) ?? []), id]);

/**
 * Sorts due rows: rows to a chat recorded unreachable are dead ("unreachable: <why>");
 * non-urgent rows inside the recipient's quiet hours (their own, else the school's; groups
 * always the school's) wait until the quiet period ends; rows to a chat that may not get
 * another message yet wait until it may; the rest — at most one per chat — are ready.
 */
export async function planBatch(env: PlanEnv, rows: SendRow[], now: number): Promise<BatchPlan> {
  const chats = [...new Set(rows.map((r) => r.chatId))];
  const privateChats = [...new Set(rows.filter((r) => !r.isGroup).map((r) => r.chatId))];
  const [unreachable, quiet] = await Promise.all([
    findUnreachable(env.db, env.platform, chats),
    findMemberQuietHours(env.db, env.platform, privateChats),
  ]);
  const plan: BatchPlan = { ready: [], dead: new Map(), defer: new Map() };
  const taken = new Set<string>();
  const at = new Date(now);
  for (const row of rows) {
    const refused = unreachable.get(row.chatId);
    if (refused !== undefined) {
      push(plan.dead, `unreachable: ${refused}`, row.id);
      continue;
    }
    const window = row.isGroup ? env.quietHours : (quiet.get(row.chatId) ?? env.quietHours);
    const until = row.urgent ? null : quietUntil(env.timezone, window, at);
    if (until) {
      push(plan.defer, until.getTime(), row.id);
      continue;
    }
    const wait = taken.has(row.chatId)
      ? SAME_CHAT_GAP_MS
      : env.pacer.chatWaitMs(row.chatId, row.isGroup, now);
    if (wait > 0) {
      push(plan.defer, now + wait, row.id);
      continue;
    }
    taken.add(row.chatId);
    plan.ready.push(row);
  }
  return plan;
}
