import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";
import { csvFile } from "../core/imports/files.ts";
import { roster, run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();

describe("shuxiang import", () => {
  it("imports a roster, prints the summary and each bad row, and exits 0", async () => {
    const r = await run("import", "roster", roster());
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      "roster: 3 inserted, 0 updated, 1 bad rows skipped\nline 5: unknown_role (role)",
    );
    expect(await temp.db().patron.count()).toBe(3);
  });

  it("exits 1 and writes nothing when the file cannot be read", async () => {
    const r = await run("import", "catalog", join(tempDir(), "missing.csv"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("cannot be read (not_found");
    const m = await run("import", "catalog", csvFile(["title", "西游记"]));
    expect(m.code).toBe(1);
    expect(m.err).toContain("missing column barcode");
    expect(await temp.db().title.count()).toBe(0);
  });

  it("answers a wrong kind of import with the usage and exit 2", async () => {
    const r = await run("import", "books", "x.csv");
    expect(r.code).toBe(2);
    expect(r.err).toContain("import catalog|roster|rota FILE");
  });
});
