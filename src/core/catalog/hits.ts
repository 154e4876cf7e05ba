import type { Db } from "../../db/client.ts";
import { findShelfFacts } from "../../db/search-repo.ts";

/** The catalogue facts of a title a hit shows. */
export interface TitleInfo {
  id: number;
  title: string;
  author: string;
  isbn: string | null;
  publisher: string;
  year: number | null;
  clc: string;
  gradeMin: number;
  gradeMax: number;
  isReference: boolean;
}

/** One title in a search or what's-new list, with where to find it and how many are free. */
export interface TitleHit {
  titleId: number;
  title: string;
  author: string;
  isbn: string | null;
  publisher: string;
  year: number | null;
  clc: string;
  callNumber: string;
  location: string;
  gradeMin: number;
  gradeMax: number;
  isReference: boolean;
  /** Copies with status available. */
  onShelf: number;
  /** Copies the library holds: every copy not lost or withdrawn. */
  copies: number;
  /** Copies set aside for repair (待修): held, but not lendable now. */
  inRepair: number;
  /** Readers waiting in the queue (holds with status queued). */
  queued: number;
}

export interface HitPage {
  total: number;
  hits: TitleHit[];
}

const gone = new Set(["lost", "withdrawn"]);

interface Shelf {
  onShelf: number;
  copies: number;
  inRepair: number;
  callNumber: string;
  location: string;
  placed: boolean;
}

function shelvesOf(
  rows: { titleId: number; status: string; callNumber: string; location: string }[],
) {
  const shelves = new Map<number, Shelf>();
  for (const c of rows) {
    const s = shelves.get(c.titleId) ?? {
      onShelf: 0,
      copies: 0,
      inRepair: 0,
      callNumber: c.callNumber,
      location: c.location,
      placed: false,
    };
    if (!gone.has(c.status)) s.copies++;
    if (c.status === "in_repair") s.inRepair++;
    if (c.status === "available") {
      s.onShelf++;
      // Point the reader at a copy that is actually on the shelf.
      if (!s.placed)
        Object.assign(s, { callNumber: c.callNumber, location: c.location, placed: true });
    }
    shelves.set(c.titleId, s);
  }
  return shelves;
}

/**
 * Turns titles (already in display order) into hits with their shelf facts: one read for the
 * whole page, never one per title.
 */
export async function toHits(db: Db, titles: TitleInfo[]): Promise<TitleHit[]> {
  if (titles.length === 0) return [];
  const ids = titles.map((t) => t.id);
  const { copies, queued } = await findShelfFacts(db, ids);
  const shelves = shelvesOf(copies);
  return titles.map((t) => {
    const s = shelves.get(t.id);
    return {
      titleId: t.id,
      title: t.title,
      author: t.author,
      isbn: t.isbn,
      publisher: t.publisher,
      year: t.year,
      clc: t.clc,
      callNumber: s?.callNumber ?? "",
      location: s?.location ?? "",
      gradeMin: t.gradeMin,
      gradeMax: t.gradeMax,
      isReference: t.isReference,
      onShelf: s?.onShelf ?? 0,
      copies: s?.copies ?? 0,
      inRepair: s?.inRepair ?? 0,
      queued: queued.get(t.id) ?? 0,
    };
  });
}
