import type { Actor } from "../../core/actor.ts";
import type { TitleHit } from "../../core/catalog/hits.ts";
import { searchTitles } from "../../core/catalog/search.ts";
import { choosePaged } from "../engine/paginate.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { hitLine } from "./format.ts";

/** Hits a search lists at most: five pages of eight. */
export const MAX_LISTED = 40;
/** Hits on one page of the numbered menu. */
export const HITS_PER_PAGE = 8;

export interface Found {
  total: number;
  hits: TitleHit[];
}

/**
 * Runs a search for the dialog (inside `act`). Says why and returns null for a query that
 * cannot be searched or that finds nothing, with a hint to try pinyin or initials.
 */
export async function runSearch(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  query: string,
): Promise<Found | null> {
  const r = await c.act(() => searchTitles(deps.lib, actor, query, { limit: MAX_LISTED }));
  if (!r.ok) {
    c.say(c.t("reader_search_bad_query"));
    return null;
  }
  if (r.value.hits.length === 0) {
    c.say(c.t("reader_search_none", { query: query.trim() }));
    return null;
  }
  return r.value;
}

/**
 * Lets the user pick one hit from a numbered menu, eight a page. Typing text instead ends the
 * dialog and the text is routed afresh (a new search), so no "please answer 1–n" loop.
 */
export async function pickHit(c: Conversation, found: Found, prompt: string): Promise<TitleHit> {
  const choices = found.hits.map((h) => ({ id: `t${h.titleId}`, label: hitLine(c, h) }));
  const id = await choosePaged(c, prompt, choices, HITS_PER_PAGE, { textFallthrough: true });
  const [first] = found.hits;
  const hit = found.hits.find((h) => `t${h.titleId}` === id) ?? first;
  if (!hit) throw new Error("pickHit needs at least one hit");
  return hit;
}
