import { createHash } from "node:crypto";

/** A short one-way digest of an id for logs: lines can be correlated, the id is not shown. */
export function hashId(id: string): string {
  return createHash("sha256").update(`shuxiang-log:${id}`).digest("hex").slice(0, 10);
}
