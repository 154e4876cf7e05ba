/**
 * JSON for the results of committed writes (effect receipts): dates and big integers keep their
 * types through a round trip; `undefined` (a write that returns nothing) is stored as "". Anything else a core
 * write returns is plain data (records, arrays, strings, numbers, booleans, null).
 */

const DATE = "$date";
const BIGINT = "$bigint";

export function encodeResult(value: unknown): string {
  if (value === undefined) return "";
  return JSON.stringify(value, function (this: Record<string, unknown>, key, v: unknown) {
    const raw = this[key];
    if (raw instanceof Date) return { [DATE]: raw.toISOString() };
    if (typeof raw === "bigint") return { [BIGINT]: raw.toString() };
    return v;
  });
}

export function decodeResult(json: string): unknown {
  if (json === "") return undefined;
  return JSON.parse(json, (_key, v: unknown) => {
    if (v && typeof v === "object" && !Array.isArray(v)) {
      const o = v as Record<string, unknown>;
      const keys = Object.keys(o);
      if (keys.length === 1 && typeof o[DATE] === "string") return new Date(o[DATE]);
      if (keys.length === 1 && typeof o[BIGINT] === "string") return BigInt(o[BIGINT]);
    }
    return v;
  });
}
