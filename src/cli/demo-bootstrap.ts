import type { Library } from "../core/library.ts";
import { countSchoolRows } from "../db/demo-repo.ts";

/**
 * Builds the default demo school when the database has no school yet; true when it did. The
 * demo's builder and its data are loaded only then, not at every start of a school in use.
 */
export async function bootstrapDemo(lib: Library): Promise<boolean> {
  const existing = await countSchoolRows(lib.db);
  if (existing.patrons > 0 || existing.titles > 0) return false;
  const { buildDemoSchool } = await import("../demo/build.ts");
  const result = await buildDemoSchool(lib);
  return result.ok;
}
