import { describe, expect, it } from "vitest";
import { helpZh } from "../../src/cli/help-zh.ts";
import { run, useTempDatabase } from "./cli-harness.ts";

const temp = useTempDatabase();
const names = Object.keys(helpZh.commands);

describe("shuxiang --help", () => {
  it("lists every command in Chinese, and in English with --lang en", async () => {
    for (const flag of ["--help", "-h", "help"]) {
      const r = await run(flag);
      expect(r.code).toBe(0);
      expect(r.out).toContain("用法：shuxiang <命令> [选项]");
      for (const name of names) expect(r.out).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
    }
    const en = await run("--help", "--lang", "en");
    expect(en.out).toContain("usage: shuxiang <command> [options]");
    expect(en.out).toMatch(/^ {2}export +spreadsheets \(.xlsx\)/m);
  });

  it("explains every command and its options with --help, running nothing", async () => {
    for (const name of names) {
      const r = await run(name, "--help");
      expect(r.code, name).toBe(0);
      expect(r.out).toContain(`用法：shuxiang ${name}`);
      expect(r.out).toContain("--lang zh|en");
    }
    const asked = await run("help", "import");
    expect(asked.code).toBe(0);
    expect(asked.out).toContain("用法：shuxiang import catalog|roster|rota 文件");
    const jobs = await run("jobs", "run", "--help");
    expect(jobs.out).toContain("--json");
    expect((await run("import", "-h", "--lang", "en")).out).toContain("--dry-run");
    expect(await temp.db().patron.count()).toBe(0);
  });

  it("answers an unknown command, a bad --lang or nothing at all with exit 2", async () => {
    const unknown = await run("imprt");
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^没有「imprt」这个命令。\n\n书香/);
    expect((await run("--lang", "fr", "jobs", "list")).err).toBe(
      "--lang 只能是 zh 或 en，不能是「fr」。",
    );
    expect((await run()).code).toBe(2);
  });

  it("answers a bad option in the chosen language with the command's usage", async () => {
    const zh = await run("outbox", "--dead");
    expect(zh.code).toBe(2);
    expect(zh.err).toBe(
      "选项 --dead 后面要跟一个值。\n用法：shuxiang outbox [--dead N]\n运行 shuxiang outbox --help 查看用法。",
    );
    const en = await run("outbox", "--deadly", "--lang=en");
    expect(en.err).toContain("Unknown option --deadly.");
  });
});
