import type { Library } from "../core/library.ts";
import { buildDemoSchool } from "../demo/build.ts";

/** Builds the default demo school when the database has no school yet; true when it did. */
export async function bootstrapDemo(lib: Library): Promise<boolean> {
  const result = await buildDemoSchool(lib);
  return result.ok;
}
