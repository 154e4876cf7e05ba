import type { Actor } from "../../core/actor.ts";
import type { TitleHit } from "../../core/catalog/hits.ts";
import { searchListing, titleHits } from "../../core/catalog/search.ts";
import { ok } from "../../core/result.ts";
import { choosePages, paginate } from "../engine/paginate.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";
import type { Choice } from "../../messages.ts";
import { hitLine } from "./format.ts";

/** Hits a search lists at most: five pages of eight. */
export const MAX_LISTED = 40;
/** Hits on one page of the numbered menu. */
export const HITS_PER_PAGE = 8;

/**
 * What a search listed, as its dialog keeps it: how many titles matched, the ids of the hits
 * listed (in order) and the menu lines of the first page's. Every later turn of the dialog
 * replays this from its stored state, so it holds no other fact of any hit (a later page and
 * the chosen hit are read when they are shown).
 */
export interface Found {
  total: number;
  ids: number[];
  firstLines: string[];
}

const choiceId = (titleId: number) => `t${titleId}`;
const menuOf = (c: Conversation, hits: TitleHit[]): Choice[] =>
  hits.map((h) => ({ id: choiceId(h.titleId), label: hitLine(c, h) }));

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
  const r = await c.act(async () => {
    const opts = { listed: MAX_LISTED, shown: HITS_PER_PAGE };
    const found = await searchListing(deps.lib, actor, query, opts);
    if (!found.ok) return found;
    const { total, ids, hits } = found.value;
    return ok({ total, ids, firstLines: hits.map((h) => hitLine(c, h)) });
  });
  if (!r.ok) {
    c.say(c.t("reader_search_bad_query"));
    return null;
  }
  if (r.value.ids.length === 0) {
    c.say(c.t("reader_search_none", { query: query.trim() }));
    return null;
  }
  return r.value;
}

/**
 * Lets the user pick one hit from a numbered menu, eight a page, and reads the chosen hit as it
 * is now (null, after saying so, when it has left the catalogue since). Typing text instead ends
 * the dialog and the text is routed afresh (a new search), so no "please answer 1–n" loop.
 */
export async function pickHit(
  c: Conversation,
  deps: DialogDeps,
  ctx: { actor: Actor; found: Found; prompt: string },
): Promise<TitleHit | null> {
  const { actor, found, prompt } = ctx;
  const pages = paginate(found.ids, HITS_PER_PAGE);
  const first = found.firstLines.map((label, i) => ({ id: choiceId(found.ids[i] ?? 0), label }));
  const pageAt = (i: number) =>
    i === 0
      ? first
      : c.act(async () => menuOf(c, await titleHits(deps.lib, actor, pages[i] ?? [])));
  const id = await choosePages(c, prompt, pages.length, pageAt, { textFallthrough: true });
  const titleId = Number(id.slice(1));
  const [hit] = await c.act(() => titleHits(deps.lib, actor, [titleId]));
  if (!hit) c.say(c.t("reader_hold_unknown_title"));
  return hit ?? null;
}
