import type { Library } from "../src/core/library.ts";
import { normalize } from "../src/core/catalog/search-key.ts";

/** One message of a script and what it exercises (the per-step figures are keyed by it). */
export interface Step {
  /** The text to send; searches draw a new query on every call. */
  text: () => string;
  label: string;
}

/** A simulated private chat: a bench member and the script it repeats. */
export interface Chat {
  userId: string;
  script: Step[];
}

const say = (text: string, label: string): Step => ({ text: () => text, label });

/**
 * What each chat says, one cycle; every cycle ends its dialogs. Parents: a search from the whole
 * catalogue and a hit's details, another search, 我的, 续借 then 1 (a renewal that succeeds: the
 * case puts the loans back before each phase), 预约 a title then 1 (the title, which has a queue), 1 (the
 * first child), then 取消预约 and 1 (cancels it). Teachers: their class's overdue list, two searches
 * and a hit's details. Librarians at the desk: 借 card barcode, 还 barcode, 结束.
 */
export function scripts(queries: string[]) {
  let next = 0;
  const search = (label: string): Step => ({
    text: () => queries[next++ % queries.length] as string,
    label,
  });
  return {
    parent: (): Step[] => [
      search("search (new query)"),
      say("1", "search → details"),
      search("search under a menu (new query)"),
      say("我的", "mine"),
      say("续借", "renew → menu"),
      say("1", "renew → one loan (renewed)"),
      say("预约 夏洛的网", "reserve → search"),
      say("1", "reserve → which child"),
      say("1", "reserve → place hold (placed)"),
      say("取消预约", "unreserve → list"),
      say("1", "unreserve → cancel (cancelled)"),
    ],
    teacher: (): Step[] => [
      say("逾期", "overdue (class list)"),
      search("search (new query)"),
      say("1", "search → details"),
      search("search under a menu (new query)"),
    ],
    desk: (codes: { card: string; barcode: string }): Step[] => [
      say(`借 ${codes.card} ${codes.barcode}`, "desk checkout (lent)"),
      say(`还 ${codes.barcode}`, "desk return (returned)"),
      say("结束", "desk end"),
    ],
  };
}

/**
 * Search queries from the whole catalogue: titles spread evenly over the ids, each asked by its
 * first two, three and four characters (distinct queries only, up to `count`), so the 32 answers
 * the index remembers never serve them.
 */
export async function catalogueQueries(lib: Library, count: number): Promise<string[]> {
  const all = await lib.db.title.findMany({ select: { title: true }, orderBy: { id: "asc" } });
  const step = Math.max(1, Math.floor((all.length * 3) / count));
  const seen = new Set<string>();
  for (let i = 0; i < all.length && seen.size < count; i += step) {
    const title = normalize(all[i]?.title ?? "");
    for (const n of [2, 3, 4]) if (title.length >= n) seen.add(title.slice(0, n));
  }
  return [...seen].slice(0, count);
}
