import { beforeAll, describe, expect, it } from "vitest";
import { demoSchool } from "../e2e/console-harness.ts";
import { describeOutcome, fuzzRole, fuzzRoles } from "./fuzz/runner.ts";
import { prepareFuzzSchool } from "./fuzz/school-facts.ts";
import type { FuzzSchool } from "./fuzz/school-facts.ts";

/** Runs per role in `npm test`; bench/fuzz.ts plays 10 000 messages per role. */
const RUNS = 60;

let school: FuzzSchool;
beforeAll(async () => {
  const { lib, bot } = await demoSchool();
  school = await prepareFuzzSchool(lib, bot);
});

describe("Bot.handle under fuzzed message sequences", () => {
  for (const role of fuzzRoles) {
    it(`answers every message as ${role} without throwing, in shape, and writes only in scope`, async () => {
      const outcome = await fuzzRole(school, role, { numRuns: RUNS, mode: "assert" });
      expect(outcome.failures, describeOutcome(outcome)).toBe(0);
      expect(outcome.runs).toBe(RUNS);
    });
  }
});
