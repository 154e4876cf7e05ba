import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";

const ensureBuild = join(import.meta.dirname, "..", "..", "scripts", "ensure-build.js");
let root = "";

/** Runs scripts/ensure-build.js on the fixture as `npm start`'s prestart does. */
function ensure(...flags: string[]) {
  const r = spawnSync(process.execPath, [ensureBuild, "--root", root, ...flags], {
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(r.status, r.stderr).toBe(0);
  return { built: r.stderr.includes("building dist/"), stderr: r.stderr };
}

/** What the fixture's compiled main prints. */
const runDist = () =>
  spawnSync(process.execPath, [join(root, "dist", "main.js")], { encoding: "utf8" }).stdout.trim();

const stampOf = () => readFileSync(join(root, "dist", ".build-stamp.json"), "utf8");

function writeSource(path: string, text: string) {
  mkdirSync(join(root, path, ".."), { recursive: true });
  writeFileSync(join(root, path), text);
}

beforeEach(() => {
  root = tempDir();
  writeSource(
    "src/main.ts",
    'const { version } = await import("./lib.ts");\nconsole.log(version);\n',
  );
  writeSource("src/lib.ts", 'export const version: string = "v1";\n');
  writeSource("adapters/console/index.ts", "export const adapter = 1;\n");
});

// Each case runs esbuild a few times: generous on a busy two-core machine.
describe("the build before npm start and npx shuxiang", { timeout: 240_000 }, () => {
  it("builds dist/ when it is missing, then not again while the sources are unchanged", () => {
    expect(ensure().built).toBe(true);
    expect(runDist()).toBe("v1");
    const stamp = stampOf();
    const builtAt = statSync(join(root, "dist", "main.js")).mtimeMs;
    const again = ensure();
    expect(again.built).toBe(false);
    expect(again.stderr).toBe("");
    expect(statSync(join(root, "dist", "main.js")).mtimeMs).toBe(builtAt);
    expect(stampOf()).toBe(stamp);
  });

  it("does not rebuild for a touched file whose content is the same", () => {
    ensure();
    const stamp = JSON.parse(stampOf()) as { sources: string; stats: string };
    const later = new Date(Date.now() + 60_000);
    utimesSync(join(root, "src", "lib.ts"), later, later);
    expect(ensure().built).toBe(false);
    // the touched file's stats are recorded: the next check needs no content hash
    const after = JSON.parse(stampOf()) as { sources: string; stats: string };
    expect(after.sources).toBe(stamp.sources);
    expect(after.stats).not.toBe(stamp.stats);
    expect(ensure().built).toBe(false);
    expect(JSON.parse(stampOf())).toEqual(after);
  });

  it("rebuilds for a file rewritten with the same size and its old mtime put back", () => {
    const file = join(root, "src", "lib.ts");
    const second = new Date(Math.floor(Date.now() / 1000) * 1000 - 60_000);
    utimesSync(file, second, second); // a whole second, so it can be put back exactly
    ensure();
    const before = statSync(file, { bigint: true });
    writeSource("src/lib.ts", 'export const version: string = "v9";\n');
    utimesSync(file, second, second);
    const after = statSync(file, { bigint: true });
    expect([after.size, after.mtimeNs, after.ino]).toEqual([
      before.size,
      before.mtimeNs,
      before.ino,
    ]);
    expect(ensure().built).toBe(true);
    expect(runDist()).toBe("v9");
  });

  it("rebuilds when a source under src/ or adapters/ changed, a file was added, or on --force", () => {
    ensure();
    const chunks = () => readdirSync(join(root, "dist")).filter((f) => /^lib-\w+\.js$/.test(f));
    const [v1] = chunks();
    writeSource("src/lib.ts", 'export const version: string = "v2";\n');
    expect(ensure().built).toBe(true);
    expect(runDist()).toBe("v2");
    // a process started before the rebuild may still import the old chunk: it stays
    expect(chunks()).toHaveLength(2);
    expect(chunks()).toContain(v1);
    writeSource("adapters/console/index.ts", "export const adapter = 2;\n");
    expect(ensure().built).toBe(true);
    writeSource("src/new-file.ts", "export {};\n");
    expect(ensure().built).toBe(true);
    expect(ensure().built).toBe(false);
    expect(ensure("--force").built).toBe(true);
  });
});
