import { systemActor } from "../src/core/actor.ts";
import type { TitleHit } from "../src/core/catalog/hits.ts";
import { toIsbn10 } from "../src/core/catalog/isbn.ts";
import { buildSearchKey, normalize, searchKeyFields } from "../src/core/catalog/search-key.ts";
import { searchTitles } from "../src/core/catalog/search.ts";
import type { Library } from "../src/core/library.ts";

export interface Query {
  kind: "title words" | "pinyin" | "initials" | "ISBN-13" | "ISBN-10" | "author";
  text: string;
}

/** Titles the query sets are made from: classics and generated titles, narrow and broad. */
const seeds = ["西游记", "三国演义", "红楼梦", "草房子", "夏洛的网", "小王子", "小熊", "恐龙"];

async function firstHit(lib: Library, text: string): Promise<TitleHit> {
  const r = await searchTitles(lib, systemActor, text, { limit: 1 });
  const hit = r.ok ? r.value.hits[0] : undefined;
  if (!hit?.isbn) throw new Error(`the bench school has no title with an ISBN for ${text}`);
  return hit;
}

const hyphenated = (isbn: string) =>
  `${isbn.slice(0, 3)}-${isbn.slice(3, 4)}-${isbn.slice(4, 12)}-${isbn.slice(12)}`;

/** Six queries that find one title: two of its characters, its pinyin, initials, ISBNs, author. */
function queriesFor(hit: TitleHit, i: number): Query[] {
  const isbn = hit.isbn ?? "";
  const fields = searchKeyFields(buildSearchKey(hit), hit);
  const [full = "", initials = ""] = fields.titlePinyin;
  return [
    { kind: "title words", text: normalize(hit.title).slice(0, 2) },
    { kind: "pinyin", text: full },
    { kind: "initials", text: initials },
    { kind: "ISBN-13", text: i % 2 === 0 ? isbn : hyphenated(isbn) },
    { kind: "ISBN-10", text: toIsbn10(isbn) ?? isbn },
    { kind: "author", text: hit.author },
  ];
}

/**
 * Two fixed query sets from the bench school. `fresh`: six kinds for each seed title, over 32
 * distinct queries, so cycling through them never finds an answer the index remembers (it keeps
 * the last 32) and every call matches against all titles. `repeat`: twelve queries asked
 * again and again, the case where remembered answers serve.
 */
export async function querySets(lib: Library): Promise<{ fresh: Query[]; repeat: Query[] }> {
  const hits: TitleHit[] = [];
  for (const seed of seeds) hits.push(await firstHit(lib, seed));
  const seen = new Set<string>();
  const fresh = hits
    .flatMap(queriesFor)
    .filter((q) => q.text && !seen.has(q.text) && Boolean(seen.add(q.text)));
  if (fresh.length <= 32) throw new Error(`only ${fresh.length} distinct bench queries`);
  const kinds = new Map<string, Query[]>();
  for (const q of fresh) kinds.set(q.kind, [...(kinds.get(q.kind) ?? []), q]);
  const repeat = [...kinds.values()].flatMap((list) => list.slice(0, 2));
  return { fresh, repeat };
}
