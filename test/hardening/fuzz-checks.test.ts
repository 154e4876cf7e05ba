import { beforeAll, describe, expect, it } from "vitest";
import type { Bot } from "../../src/dialogs/bot.ts";
import { DialogError } from "../../src/dialogs/engine/errors.ts";
import type { Inbound, Reply } from "../../src/messages.ts";
import { demoSchool } from "../e2e/console-harness.ts";
import { fuzzRole } from "./fuzz/runner.ts";
import type { FuzzRole } from "./fuzz/runner.ts";
import { prepareFuzzSchool } from "./fuzz/school-facts.ts";
import type { FuzzSchool } from "./fuzz/school-facts.ts";

let school: FuzzSchool;
beforeAll(async () => {
  const { lib, bot } = await demoSchool();
  school = await prepareFuzzSchool(lib, bot);
});

/** Fuzzes a stand-in bot that misbehaves, and returns the violations of the failing run. */
async function violationsOf(role: FuzzRole, handle: (inbound: Inbound) => Promise<Reply[]>) {
  const bot = { handle } as unknown as Bot;
  const outcome = await fuzzRole({ ...school, bot }, role, { numRuns: 5, mode: "assert" });
  expect(outcome.failures).toBe(1);
  return outcome.examples.flatMap((e) => e.violations).join("\n");
}

/** A pupil of class 5-1 no demo member may act for. */
async function strangerPupil() {
  return school.lib.db.patron.findFirstOrThrow({
    where: { role: "student", class: { name: "5-1" }, bindings: { none: {} } },
    select: { id: true, name: true },
  });
}

describe("the fuzz checks catch a misbehaving bot", () => {
  it("reports an exception escaping handle, a DialogError included", async () => {
    const found = await violationsOf("parent", async () => {
      throw new DialogError('dialog "x" failed', {});
    });
    expect(found).toContain("threw DialogError");
  });

  it("reports empty and too long replies and over-long callback data", async () => {
    expect(await violationsOf("student", async () => [{ text: " " }])).toContain("without text");
    const long = await violationsOf("student", async () => [{ text: "书".repeat(4096) }]);
    expect(long).toContain("4096 characters");
    const menu = { text: "?", menuId: "abcdef", choices: [{ id: "x".repeat(60), label: "1" }] };
    expect(await violationsOf("student", async () => [menu])).toContain("64 bytes");
  });

  it("reports a group reply that names a pupil or looks like an overdue list", async () => {
    const pupil = await strangerPupil();
    const named = await violationsOf("group", async () => [{ text: `${pupil.name} 借了书` }]);
    expect(named).toContain("names pupils");
    const list = "5-1 班逾期：1 人，1 本\n  《某书》（A1）09-01 到期，逾期 8 天";
    expect(await violationsOf("group", async () => [{ text: list }])).toContain("overdue list");
  });

  it("reports a renewal of a loan outside the parent's children and a binding for another account", async () => {
    const pupil = await strangerPupil();
    const loan = await school.lib.db.loan.findFirstOrThrow({
      where: { patronId: pupil.id, returnedAt: null },
      select: { id: true },
    });
    const renews = await violationsOf("parent", async () => {
      await school.lib.db.loan.update({
        where: { id: loan.id },
        data: { renewals: { increment: 1 } },
      });
      return [{ text: "ok" }];
    });
    expect(renews).toContain(`loan ${loan.id} of patron ${pupil.id} changed`);
    const librarian = await school.lib.db.chatMember.findFirstOrThrow({
      where: { userId: "demo-librarian" },
      select: { id: true },
    });
    let next = pupil.id;
    const binds = await violationsOf("unbound", async () => {
      await school.lib.db.binding.create({
        data: { memberId: librarian.id, kind: "guardian", patronId: (next += 1) },
      });
      return [{ text: "ok" }];
    });
    expect(binds).toMatch(/binding \d+ made for member/);
  });
});
