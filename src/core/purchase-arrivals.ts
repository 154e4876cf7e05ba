import {
  findTitlesAddedSince,
  findWaitingPurchases,
  markArrived,
} from "../db/suggestion-answer-repo.ts";
import { systemActor } from "./actor.ts";
import { audit } from "./audit.ts";
import { dateIn } from "./dates.ts";
import type { Library } from "./library.ts";
import { tellAccount } from "./suggestion-answers.ts";
import type { NoticeDeps } from "./suggestion-answers.ts";
import { runTransaction } from "../db/transact.ts";

/** What a submitter is told when the book they asked for came in. */
export interface ArrivalNotice {
  title: string;
}

type Title = { id: number; title: string; isbn: string | null };

const normal = (s: string) => s.toLowerCase().replace(/[\s\p{P}\p{S}]/gu, "");

/**
 * Whether a purchase request asks for this title: a title in 《》 that reads the same (spaces
 * and punctuation aside), the title inside a request written without 《》 (titles of 2+
 * characters), or the title's ISBN among the request's digits.
 */
export function requestMatches(request: string, title: Title): boolean {
  const name = normal(title.title);
  if (title.isbn && request.replace(/[^0-9xX]/g, "").includes(title.isbn)) return true;
  if (name.length === 0) return false;
  const quoted = [...request.matchAll(/《([^》]+)》/g)].map((m) => normal(m[1] ?? ""));
  if (quoted.length > 0) return quoted.includes(name);
  return [...name].length >= 2 && normal(request).includes(name);
}

/**
 * Scheduled job (system): each purchase request still waiting (not declined, not arrived) whose
 * book entered the catalogue on or after the day it was asked for (its 入藏日期, or a catalogue
 * import that wrote the title since the request) is marked arrived, and its
 * submitter is told privately, once (dedupe "purchase:<id>:arrived"). Returns how many.
 */
export async function purchaseArrivals(
  lib: Library,
  deps: NoticeDeps<ArrivalNotice>,
): Promise<{ arrived: number; told: number }> {
  const waiting = await findWaitingPurchases(lib.db);
  if (waiting.length === 0) return { arrived: 0, told: 0 };
  const first = waiting.reduce((a, w) => (w.createdAt < a ? w.createdAt : a), lib.now());
  const titles = await findTitlesAddedSince(lib.db, dateIn(lib.timezone, first), first);
  let arrived = 0;
  let told = 0;
  for (const w of waiting) {
    const on = dateIn(lib.timezone, w.createdAt);
    const title = titles.find(
      (t) => (t.addedOn >= on || t.updatedAt >= w.createdAt) && requestMatches(w.text, t),
    );
    if (!title) continue;
    const done = await runTransaction(lib.db, async (tx) => {
      if (!(await markArrived(tx, w.id, title.id))) return undefined;
      const notice = { title: title.title };
      const to = { memberId: w.memberId, dedupeKey: `purchase:${w.id}:arrived`, notice };
      const sent = await tellAccount(tx, lib, to, deps);
      await audit(tx, systemActor, "suggestion.arrived", `suggestion:${w.id}`, {
        titleId: title.id,
        told: sent,
      });
      return sent;
    });
    if (done === undefined) continue;
    arrived += 1;
    if (done) told += 1;
  }
  return { arrived, told };
}
