#!/usr/bin/env node
// Builds dist/ only when it is missing or older than the sources, so `npm start` and
// `npx shuxiang` run compiled JavaScript on bare Node and pay for prisma generate and esbuild
// once, not at every start. Plain JavaScript: it runs before anything is compiled.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { buildApp } from "./build-app.js";

const repoRoot = resolve(import.meta.dirname, "..");
const stampName = ".build-stamp.json";
/** What the bundle is made of; src/generated is made from prisma/schema.prisma. */
const inputs = ["src", "adapters", "prisma"];
const skipped = new Set(["src/generated"]);

/** @param {string} root @param {string} dir @param {string[]} out */
function listFiles(root, dir, out) {
  let entries;
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true });
  } catch {
    return out;
  }
  for (const entry of entries) {
    const path = `${dir}/${entry.name}`;
    if (skipped.has(path)) continue;
    if (entry.isDirectory()) listFiles(root, path, out);
    else if (entry.isFile()) out.push(path);
  }
  return out;
}

/** @param {string} root */
function sourceFiles(root) {
  return inputs.flatMap((dir) => listFiles(root, dir, [])).sort();
}

/**
 * A hash of every source file's path and content (and of the build script): the same sources
 * give the same hash whatever their mtimes, so a checkout or a `touch` alone does not rebuild.
 * @param {string} root
 * @param {string[]} [files] the sources (default: listed now)
 */
export function sourceHash(root, files = sourceFiles(root)) {
  const hash = createHash("sha256");
  hash.update(readFileSync(join(repoRoot, "scripts/build-app.js")));
  for (const path of files) {
    hash.update(`\0${path}\0`).update(readFileSync(join(root, path)));
  }
  return hash.digest("hex");
}

/**
 * A hash of what `stat` says of each source (and of the build script): path, size, mtime,
 * ctime and inode, read without opening a file. Writing a file changes its ctime (which no tool
 * sets back), so equal stats mean equal contents and the check at every start reads no source;
 * when they differ (a touch, a checkout, a copy) the content hash decides.
 * @param {string} root
 * @param {string[]} files
 */
function statHash(root, files) {
  const hash = createHash("sha256");
  const paths = [join(repoRoot, "scripts/build-app.js"), ...files.map((f) => join(root, f))];
  for (const path of paths) {
    const s = statSync(path, { bigint: true });
    hash.update(`\0${path}\0${s.size}:${s.mtimeNs}:${s.ctimeNs}:${s.ino}`);
  }
  return hash.digest("hex");
}

/** @param {string} file */
function fileHash(file) {
  return existsSync(file) ? createHash("sha256").update(readFileSync(file)).digest("hex") : null;
}

/** @typedef {{ sources?: string, schema?: string | null, stats?: string }} Stamp */

/** @param {string} outdir @returns {Stamp} */
function readStamp(outdir) {
  try {
    return JSON.parse(readFileSync(join(outdir, stampName), "utf8"));
  } catch {
    return {};
  }
}

/** @param {string} root */
function generatePrismaClient(root) {
  const prisma = join(repoRoot, "scripts/prisma.js");
  const result = spawnSync(process.execPath, [prisma, "generate"], { cwd: root, stdio: "ignore" });
  if (result.status !== 0) throw new Error("prisma generate failed: run `npm run db:generate`");
}

/** A content-hashed chunk ("chunk-AB12CD34.js"): a new build never reuses its name. */
const isChunk = (/** @type {string} */ path) => /-[A-Z0-9]{8}\.js(\.map)?$/.test(path);
/** Files of an earlier build are kept this long for processes that still load them lazily. */
const KEEP_OLD_MS = 24 * 3600_000;

/**
 * Moves a finished build into `outdir`: new chunks first, then the entry files, the stamp last,
 * so a process starting meanwhile finds either the old entry or the new one with its chunks.
 * An earlier build's chunks stay a day: a running bot (or CLI) may still import them.
 */
function install(/** @type {string} */ partial, /** @type {string} */ outdir) {
  const files = listFiles(partial, ".", []).map((f) => f.slice(2));
  const order = (/** @type {string} */ f) => (f === stampName ? 2 : isChunk(f) ? 0 : 1);
  for (const file of files.sort((a, b) => order(a) - order(b))) {
    mkdirSync(dirname(join(outdir, file)), { recursive: true });
    renameSync(join(partial, file), join(outdir, file));
  }
  const fresh = new Set(files);
  for (const old of listFiles(outdir, ".", []).map((f) => f.slice(2))) {
    const path = join(outdir, old);
    if (!fresh.has(old) && Date.now() - statSync(path).mtimeMs > KEEP_OLD_MS) rmSync(path);
  }
}

/**
 * Records `stamp` in `outdir` (a new file moved in, so a reader sees the old or the new one).
 * @param {string} outdir @param {Stamp} stamp
 */
function writeStamp(outdir, stamp) {
  const partial = join(outdir, `${stampName}.${process.pid}`);
  writeFileSync(partial, JSON.stringify(stamp) + "\n");
  renameSync(partial, join(outdir, stampName));
}

/** Builds beside `outdir`, then moves it in (see `install`). */
async function buildInto(/** @type {string} */ root, /** @type {string} */ outdir, stamp) {
  const partial = join(dirname(outdir), `.${basename(outdir)}-partial-${process.pid}`);
  try {
    const entries = ["src/main.ts", "src/cli/bin.ts"].map((e) => join(root, e));
    await buildApp(
      partial,
      entries.filter((e) => existsSync(e)),
    );
    writeFileSync(join(partial, stampName), JSON.stringify(stamp) + "\n");
    install(partial, outdir);
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
}

/**
 * Makes `outdir` (default dist/) a build of `root`'s current sources: nothing to do when its
 * stamp records the same sources (the sources' stats, or else their content hash: then the new
 * stats are recorded, so the next check reads no file again); otherwise regenerates the Prisma
 * client when the schema changed (or `force`), compiles, and records the hashes. Returns what
 * it did.
 * @param {{ root?: string, outdir?: string, force?: boolean, log?: (line: string) => void }} [options]
 * @returns {Promise<"fresh" | "built">}
 */
export async function ensureBuild(options = {}) {
  const root = resolve(options.root ?? repoRoot);
  const outdir = resolve(options.outdir ?? join(root, "dist"));
  const log = options.log ?? ((line) => process.stderr.write(line + "\n"));
  const stamp = readStamp(outdir);
  const files = sourceFiles(root);
  const stats = statHash(root, files);
  const built = existsSync(join(outdir, "main.js"));
  if (!options.force && built && stamp.sources && stamp.stats === stats) return "fresh";
  const sources = sourceHash(root, files);
  if (!options.force && built && stamp.sources === sources) {
    try {
      writeStamp(outdir, { ...stamp, stats });
    } catch {
      // a read-only dist/: the next start compares the contents again
    }
    return "fresh";
  }
  const started = performance.now();
  log("书香：正在编译程序（首次运行或程序有更新）… / building dist/ …");
  const schema = fileHash(join(root, "prisma/schema.prisma"));
  const generated = existsSync(join(root, "src/generated/prisma"));
  if (schema && (options.force || stamp.schema !== schema || !generated)) {
    generatePrismaClient(root);
  }
  await buildInto(root, outdir, { sources, schema, stats });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  log(`书香：编译完成，用时 ${seconds} 秒 / built in ${seconds} s`);
  return "built";
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      force: { type: "boolean", default: false },
      root: { type: "string" },
      outdir: { type: "string" },
    },
  });
  await ensureBuild({
    force: values.force,
    ...(values.root === undefined ? {} : { root: values.root }),
    ...(values.outdir === undefined ? {} : { outdir: values.outdir }),
  });
}
