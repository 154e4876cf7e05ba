import { buildSearchKey } from "../core/catalog/search-key.ts";
import { addDays } from "../core/dates.ts";
import type { IsoDate } from "../core/dates.ts";
import type { DemoTitleRow } from "../db/demo-rows.ts";
import { callNumber } from "./call-number.ts";
import { classics } from "./classics.ts";
import type { TitleSpec } from "./classics.ts";
import { generateTitleSpecs } from "./generated-titles.ts";
import { demoIsbn, itemCapacity, publishers } from "./isbn.ts";
import type { PublisherKey } from "./isbn.ts";
import { hashString, streamFor } from "./random.ts";
import type { Rng } from "./random.ts";

/** A demo title with what its copies need: the call number, and whether it is a classic. */
export interface DemoTitle extends DemoTitleRow {
  callNumber: string;
  classic: boolean;
}

/** Hands out unique ISBNs: classics at a stable item number, others counting up per publisher. */
class IsbnAllocator {
  private readonly used = new Set<string>();
  private readonly next = new Map<PublisherKey, number>();

  forClassic(key: PublisherKey, title: string): string {
    return this.claim(key, hashString(title) % itemCapacity(publishers[key]));
  }

  forGenerated(key: PublisherKey): string {
    const p = publishers[key];
    return this.claim(key, this.next.get(key) ?? hashString(p.code) % (itemCapacity(p) / 2));
  }

  /** Publishers with no item left: their titles go straight to rmwx. */
  private readonly full = new Set<PublisherKey>();
  /** Every rmwx item below this one is taken. */
  private fallback = 0;

  private claim(key: PublisherKey, from: number): string {
    if (this.full.has(key) && key !== "rmwx") return this.claimFallback();
    const p = publishers[key];
    const capacity = itemCapacity(p);
    for (let tries = 0, item = from; tries < capacity; tries++, item = (item + 1) % capacity) {
      const isbn = demoIsbn(p, item);
      if (this.used.has(isbn)) continue;
      this.used.add(isbn);
      this.next.set(key, (item + 1) % capacity);
      return isbn;
    }
    if (key === "rmwx") throw new RangeError("no ISBN left for the demo catalogue");
    this.full.add(key);
    return this.claimFallback();
  }

  /** rmwx from the lowest item not yet known to be taken (what claim("rmwx", 0) finds). */
  private claimFallback(): string {
    const p = publishers.rmwx;
    for (;;) {
      if (this.fallback >= itemCapacity(p))
        throw new RangeError("no ISBN left for the demo catalogue");
      const isbn = demoIsbn(p, this.fallback);
      if (!this.used.has(isbn)) {
        this.used.add(isbn);
        this.next.set("rmwx", (this.fallback + 1) % itemCapacity(p));
        return isbn;
      }
      this.fallback++;
    }
  }
}

interface TitleContext {
  today: IsoDate;
  newDays: number;
  at: Date;
  rng: Rng;
}

/** About 5% of generated titles arrived within the "new books" window; the rest in past years. */
function dating(c: TitleContext, spec: TitleSpec, classic: boolean) {
  const isNew = !classic && c.rng.chance(0.05);
  const back = isNew ? c.rng.int(0, c.newDays - 1) : c.rng.int(c.newDays + 1, 6 * 365);
  const addedOn = addDays(c.today, -back);
  const addedYear = Number(addedOn.slice(0, 4));
  const year = isNew ? addedYear - c.rng.int(0, 1) : Math.min(spec.year, addedYear);
  return { addedOn, year, isNew };
}

function toTitle(c: TitleContext, spec: TitleSpec, isbn: string, classic: boolean): DemoTitle {
  const { addedOn, year, isNew } = dating(c, spec, classic);
  return {
    isbn,
    title: spec.title,
    author: spec.author,
    publisher: publishers[spec.publisher].name,
    year,
    clc: spec.clc,
    gradeMin: spec.gradeMin,
    gradeMax: spec.gradeMax,
    isReference: spec.isReference,
    recommended: spec.recommended || c.rng.chance(isNew ? 0.2 : 0.01),
    addedOn,
    searchKey: buildSearchKey({ title: spec.title, author: spec.author, isbn }),
    updatedAt: c.at,
    callNumber: callNumber(spec.clc, spec.author),
    classic,
  };
}

/**
 * The demo catalogue: the classics first (all of them once `count` allows), then generated
 * titles up to `count`. Every ISBN is a valid, unique ISBN-13; every title text is unique.
 */
export function planTitles(opts: {
  seed: number;
  count: number;
  today: IsoDate;
  newDays: number;
  at: Date;
}): DemoTitle[] {
  const c = { ...opts, rng: streamFor(opts.seed, "titles") };
  const isbns = new IsbnAllocator();
  const picked = classics.slice(0, opts.count);
  const out = picked.map((s) => toTitle(c, s, isbns.forClassic(s.publisher, s.title), true));
  const taken = new Set(picked.map((s) => s.title));
  const specs = generateTitleSpecs(
    streamFor(opts.seed, "title-words"),
    opts.count - out.length,
    taken,
  );
  for (const s of specs) out.push(toTitle(c, s, isbns.forGenerated(s.publisher), false));
  return out;
}
