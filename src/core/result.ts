/** What a refusal may carry beyond its code: the facts a front end words (a date, a count). */
export type RefusalDetail = Record<string, string | number>;

/** Outcome of a core operation: a value, or an expected refusal with a stable code. */
export type Result<T, C extends string = string> =
  { ok: true; value: T } | { ok: false; code: C; detail?: RefusalDetail };

/**
 * A refusal typed per code: the codes named in `D` carry `D[code]` as their detail, the
 * others none (`Refused<"a" | "b", { a: { from: string } }>`), so no front end recomputes
 * what the core already decided.
 */
export type Refused<C extends string, D extends { [K in C]?: RefusalDetail } = object> = {
  [K in C]: K extends keyof D ? { ok: false; code: K; detail: D[K] } : { ok: false; code: K };
}[C];

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export function refuse<C extends string>(code: C): { ok: false; code: C };
export function refuse<C extends string, D extends RefusalDetail>(
  code: C,
  detail: D,
): { ok: false; code: C; detail: D };
export function refuse(code: string, detail?: RefusalDetail) {
  return detail ? { ok: false, code, detail } : { ok: false, code };
}
