import type { Actor } from "../../core/actor.ts";
import { MAX_BROADCAST_TITLES } from "../../core/broadcasts/send-broadcast.ts";
import { searchTitles } from "../../core/catalog/search.ts";
import type { DialogDeps } from "../intent.ts";
import type { Conversation } from "../types.ts";
import { clip } from "./common.ts";

export interface PickedTitle {
  titleId: number;
  title: string;
  author: string;
}

const doneWords = new Set(["完成", "结束", "跳过", "done", "end", "skip"]);

/** One search and a pick from its hits; null when nothing was picked this time. */
async function searchAndPick(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
  query: string,
): Promise<PickedTitle | null> {
  const found = await c.act(() => searchTitles(deps.lib, actor, query, { limit: 8 }));
  if (!found.ok) {
    c.say(c.t("broadcast_bad_query"));
    return null;
  }
  const hits = found.value.hits;
  if (hits.length === 0) {
    c.say(c.t("broadcast_no_hits", { query }));
    return null;
  }
  const menu = hits.map((h) => ({
    id: `t${h.titleId}`,
    label: clip(h.author ? `${h.title} — ${h.author}` : h.title, 40),
  }));
  menu.push({ id: "none", label: c.t("broadcast_none_of_these") });
  const id = await c.choose(c.t("broadcast_pick_title"), menu);
  const hit = hits.find((h) => `t${h.titleId}` === id);
  return hit ? { titleId: hit.titleId, title: hit.title, author: hit.author } : null;
}

/**
 * Recommended titles for a broadcast: search by words, pick from the hits, up to five;
 * 完成 ends. The titles are recorded with the broadcast and listed under its text.
 */
export async function pickTitles(
  c: Conversation,
  deps: DialogDeps,
  actor: Actor,
): Promise<PickedTitle[]> {
  const picked: PickedTitle[] = [];
  const max = MAX_BROADCAST_TITLES;
  while (picked.length < max) {
    const query = await c.ask(c.t("broadcast_ask_title", { n: picked.length, max }));
    if (doneWords.has(query.trim().toLowerCase())) break;
    const hit = await searchAndPick(c, deps, actor, query);
    if (!hit) continue;
    if (picked.some((p) => p.titleId === hit.titleId)) {
      c.say(c.t("broadcast_title_already", { title: hit.title }));
      continue;
    }
    picked.push(hit);
    c.say(c.t("broadcast_title_added", { title: hit.title, n: picked.length, max }));
  }
  if (picked.length === max) c.say(c.t("broadcast_titles_full", { max }));
  return picked;
}

/** The message recipients get: the text, then the recommended titles. */
export function broadcastMessage(c: Conversation, text: string, titles: PickedTitle[]): string {
  if (titles.length === 0) return text;
  const lines = titles.map((t) =>
    c.t("broadcast_title_line", { title: t.title, author: t.author }),
  );
  return [text, "", c.t("broadcast_titles_heading"), ...lines].join("\n");
}
