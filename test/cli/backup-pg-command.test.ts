import { chmodSync, existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { tempDir } from "../support/db.ts";
import { run } from "./cli-harness.ts";

// `shuxiang backup` on PostgreSQL hands the work to pg_dump. A stand-in pg_dump on PATH records
// its arguments and writes a file, so these tests need no server and run on either suite.

const url = "postgresql://shuxiang:s3cret@db.school.local:5432/library?schema=school_7";
let saved: { url: string | undefined; path: string | undefined };
let bin: string;

function fakePgDump(script: string): void {
  const file = join(bin, "pg_dump");
  writeFileSync(file, `#!/bin/sh\n[ "$1" = --version ] && exit 0\n${script}\n`);
  chmodSync(file, 0o755);
}

beforeEach(() => {
  saved = { url: process.env.DATABASE_URL, path: process.env.PATH };
  bin = tempDir();
  process.env.DATABASE_URL = url;
});
afterEach(() => {
  process.env.DATABASE_URL = saved.url;
  process.env.PATH = saved.path;
});

describe("shuxiang backup on PostgreSQL", () => {
  it("runs pg_dump of the URL's database and schema into the file, never printing the password", async () => {
    const log = join(bin, "args");
    fakePgDump(
      `echo "$@" > ${log}; for a; do case $a in --file=*) echo dump > "\${a#--file=}";; esac; done`,
    );
    process.env.PATH = `${bin}:${saved.path}`;
    const dir = tempDir();
    const r = await run("backup", join(dir, "nightly.dump"));
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^备份已写入：.*nightly\.dump（0\.0 MiB，pg_dump 自定义格式）。$/m);
    expect(r.out).toContain("pg_restore --clean");
    expect(`${r.out}${r.err}`).not.toContain("s3cret");
    const args = readFileSync(log, "utf8");
    expect(args).toContain("--format=custom");
    expect(args).toContain("--schema=school_7");
    expect(args).toContain("--dbname=postgresql://shuxiang:s3cret@db.school.local:5432/library");
    expect(readdirSync(dir)).toEqual(["nightly.dump"]);
  });

  it("writes nothing and passes pg_dump's complaint on when it fails", async () => {
    fakePgDump(`echo 'pg_dump: error: connection refused' >&2; exit 1`);
    process.env.PATH = `${bin}:${saved.path}`;
    const dir = tempDir();
    const r = await run("backup", join(dir, "nightly.dump"));
    expect(r.code).toBe(1);
    expect(r.err).toContain("pg_dump 出错，没有写入任何文件");
    expect(r.err).toContain("connection refused");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("says how to take the backup when pg_dump is not installed", async () => {
    process.env.PATH = bin; // an empty folder: no pg_dump
    const file = join(tempDir(), "nightly.dump");
    const r = await run("backup", file);
    expect(r.code).toBe(1);
    expect(r.err).toContain("这台机器没有安装 pg_dump");
    expect(r.err).toContain("pg_dump --format=custom --no-owner --schema=school_7");
    expect(r.err).not.toContain("s3cret");
    expect(existsSync(file)).toBe(false);
    const en = await run("backup", file, "--lang", "en");
    expect(en.err).toContain("pg_dump is not installed here");
  });
});
