/** Outcome of a core operation: a value, or an expected refusal with a stable code. */
export type Result<T, C extends string = string> =
  { ok: true; value: T } | { ok: false; code: C; detail?: Record<string, string | number> };

export const ok = <T>(value: T): { ok: true; value: T } => ({ ok: true, value });

export const refuse = <C extends string>(
  code: C,
  detail?: Record<string, string | number>,
): { ok: false; code: C; detail?: Record<string, string | number> } =>
  detail ? { ok: false, code, detail } : { ok: false, code };
