import { TelegramError } from "telegraf";
import { describe, expect, it } from "vitest";
import { withRetry } from "../../../adapters/telegram/retry.ts";

const tooMany = (seconds: number) =>
  new TelegramError({
    error_code: 429,
    description: "Too Many Requests",
    parameters: { retry_after: seconds },
  });
const blocked = new TelegramError({
  error_code: 403,
  description: "Forbidden: bot was blocked by the user",
});
const reset = Object.assign(new Error("socket hang up"), {
  name: "FetchError",
  code: "ECONNRESET",
});

/** A call failing with the given errors, then answering "ok"; and the waits it was given. */
function flaky(errors: unknown[]) {
  const waits: number[] = [];
  let calls = 0;
  const call = async () => {
    const e = errors[calls++];
    if (e) throw e;
    return "ok";
  };
  const wait = async (ms: number) => void waits.push(ms);
  return { call, wait, waits, calls: () => calls };
}

describe("retrying Bot API calls", () => {
  it("waits retry_after after a 429 and calls again", async () => {
    const f = flaky([tooMany(3)]);
    expect(await withRetry(f.call, { wait: f.wait })).toBe("ok");
    expect(f.waits).toEqual([3000]);
  });

  it("backs off with doubling waits after network errors and gives up after the last attempt", async () => {
    const f = flaky([reset, reset, reset, reset]);
    await expect(withRetry(f.call, { wait: f.wait, attempts: 3, backoffMs: 100 })).rejects.toBe(
      reset,
    );
    expect(f.waits).toEqual([100, 200]);
    expect(f.calls()).toBe(3);
  });

  it("does not retry a refusal such as a blocked bot", async () => {
    const f = flaky([blocked]);
    await expect(withRetry(f.call, { wait: f.wait })).rejects.toBe(blocked);
    expect(f.calls()).toBe(1);
  });
});
