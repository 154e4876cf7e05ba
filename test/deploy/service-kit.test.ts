import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseEnv } from "node:util";
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { tempDir } from "../support/db.ts";

const deploy = join(import.meta.dirname, "..", "..", "deploy");
const unitFile = join(deploy, "shuxiang.service");
const hasAnalyze = spawnSync("systemd-analyze", ["--version"]).status === 0;

describe("the systemd unit", () => {
  // Skipped where systemd-analyze is not installed (macOS, containers without systemd).
  it.skipIf(!hasAnalyze)("passes systemd-analyze verify without a single complaint", () => {
    const r = spawnSync("systemd-analyze", ["verify", unitFile], { encoding: "utf8" });
    const complaints = `${r.stdout}\n${r.stderr}`
      .split("\n")
      .filter((line) => line.includes("shuxiang.service"));
    expect(complaints).toEqual([]);
    expect(r.status).toBe(0);
  });

  it("restarts on failure, runs what npm start runs, and keeps its data in /var/lib", () => {
    const unit = readFileSync(unitFile, "utf8");
    expect(unit).toMatch(/^Restart=on-failure$/m);
    expect(unit).toMatch(/^EnvironmentFile=\/etc\/shuxiang\/shuxiang\.env$/m);
    expect(unit).toMatch(/^StateDirectory=shuxiang$/m);
    expect(unit).toMatch(/^WantedBy=multi-user\.target$/m);
    const pkg = JSON.parse(readFileSync(join(deploy, "..", "package.json"), "utf8")) as {
      scripts: Record<string, string>;
    };
    const start = /^ExecStart=\/usr\/bin\/env (.*)$/m.exec(unit)?.[1];
    expect(start).toBe(pkg.scripts["start"]);
  });
});

describe("the service's env file example", () => {
  it("is a valid configuration with an absolute data folder", () => {
    const text = readFileSync(join(deploy, "shuxiang.env.example"), "utf8");
    const env = parseEnv(text) as Record<string, string>;
    const config = loadConfig(env, join(tempDir(), "absent.json"));
    expect(config.DATA_DIR).toBe("/var/lib/shuxiang");
    expect(config.DATABASE_URL).toBe("file:/var/lib/shuxiang/shuxiang.db");
    expect(config.BACKUP_KEEP).toBe(14);
  });
});
