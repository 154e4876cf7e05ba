import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const secrets = {
  name: "欧阳明月",
  card: "CARD-OYMY-0417",
  code: "K7QX-M2PD",
  text: "绑定 K7QX-M2PD",
};
const sample = join(import.meta.dirname, "support", "log-sample.ts");

const runs = new Map<string, string>();

/** What the production logger (src/logger.ts) writes to stderr in a process of its own. */
function logged(level: string, mode: "plain" | "pretty"): string {
  const key = `${level} ${mode}`;
  const done = runs.get(key);
  if (done !== undefined) return done;
  const args = ["--import", "tsx", sample, level, mode, ...Object.values(secrets)];
  const run = spawnSync(process.execPath, args, { encoding: "utf8", timeout: 30_000 });
  expect(run.status, run.stderr).toBe(0);
  runs.set(key, run.stderr);
  return run.stderr;
}

function lines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function expectNoSecret(out: string): void {
  for (const s of [...Object.values(secrets), "123456:SECRET"]) {
    expect(out, `log output contains "${s}"`).not.toContain(s);
  }
}

describe("the production logger", () => {
  it("censors name, cardNumber, code, text and token fields and keeps the others", () => {
    const [flat] = lines(logged("info", "plain"));
    expect(flat).toMatchObject({
      msg: "flat",
      name: "[redacted]",
      cardNumber: "[redacted]",
      code: "[redacted]",
      text: "[redacted]",
      token: "[redacted]",
      updateId: 7,
    });
  });

  it("censors the same fields one level down (a patron, a binding, an inbound message)", () => {
    const nested = lines(logged("info", "plain")).find((l) => l.msg === "nested");
    expect(nested).toMatchObject({
      patron: { name: "[redacted]", cardNumber: "[redacted]" },
      binding: { code: "[redacted]" },
      inbound: { text: "[redacted]" },
      bot: { token: "[redacted]" },
      chat: { id: 42 },
    });
  });

  it("writes JSON at info without debug lines and without any of the values", () => {
    const out = logged("info", "plain");
    expect(lines(out).map((l) => l.msg)).toEqual(["flat", "nested", "warn line"]);
    expectNoSecret(out);
  });

  it("censors at debug level and in the pretty development format too", () => {
    const debug = logged("debug", "plain");
    expect(lines(debug).map((l) => l.msg)).toContain("debug line");
    expectNoSecret(debug);
    const pretty = logged("debug", "pretty");
    expect(pretty).toContain("debug line");
    expect(pretty).toContain("[redacted]");
    expectNoSecret(pretty);
  });
});
