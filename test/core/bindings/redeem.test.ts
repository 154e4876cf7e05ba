import { describe, expect, it } from "vitest";
import { maskName } from "../../../src/core/bindings/mask-name.ts";
import { redeemCode } from "../../../src/core/bindings/redeem.ts";
import { codeFor, smallSchool, wechat } from "./school.ts";

describe("redeemCode", () => {
  it("binds a parent as guardian and answers with the masked name and class", async () => {
    const { lib, s1 } = await smallSchool();
    const code = await codeFor(lib, { class: "3-2" }, "parent", "S1");
    const result = await redeemCode(
      lib,
      { ...wechat("mum"), displayName: "Mum" },
      code.toLowerCase().replace("-", ""),
    );
    expect(result).toEqual({
      ok: true,
      value: { kind: "guardian", patronId: s1.id, maskedName: "张*明", className: "3-2" },
    });
    const bindings = await lib.db.binding.findMany({
      select: { kind: true, patronId: true, member: { select: { displayName: true } } },
    });
    expect(bindings).toEqual([
      { kind: "guardian", patronId: s1.id, member: { displayName: "Mum" } },
    ]);
    expect(await lib.db.auditLog.count({ where: { action: "binding.create" } })).toBe(1);
  });

  it("lets a parent code bind two guardians and then reports it used up", async () => {
    const { lib } = await smallSchool();
    const code = await codeFor(lib, { class: "3-2" }, "parent", "S1");
    expect((await redeemCode(lib, wechat("mum"), code)).ok).toBe(true);
    expect((await redeemCode(lib, wechat("dad"), code)).ok).toBe(true);
    expect(await redeemCode(lib, wechat("uncle"), code)).toEqual({ ok: false, code: "used_up" });
    const again = await redeemCode(lib, wechat("mum"), code);
    expect(again.ok).toBe(true);
    const stored = await lib.db.bindingCode.findFirst({
      where: { kind: "parent", uses: { gt: 0 } },
      select: { uses: true },
    });
    expect(stored?.uses).toBe(2);
    expect(await lib.db.binding.count()).toBe(2);
  });

  it("binds a pupil to themself, a teacher to their patron and the librarian to no patron", async () => {
    const { lib, s2, t1 } = await smallSchool();
    const pupil = await redeemCode(
      lib,
      wechat("kid"),
      await codeFor(lib, { class: "3-2" }, "pupil", "S2"),
    );
    const teacher = await redeemCode(
      lib,
      wechat("zhao"),
      await codeFor(lib, { teachers: true }, "teacher", "T1"),
    );
    const librarian = await redeemCode(
      lib,
      wechat("lib"),
      await codeFor(lib, { librarian: true }, "librarian"),
    );
    expect(pupil).toEqual({
      ok: true,
      value: { kind: "self", patronId: s2.id, maskedName: "李*", className: "3-2" },
    });
    expect(teacher).toEqual({
      ok: true,
      value: { kind: "teacher", patronId: t1.id, maskedName: "赵*师" },
    });
    expect(librarian).toEqual({ ok: true, value: { kind: "librarian", maskedName: "" } });
  });

  it("refuses an expired code after 30 days", async () => {
    const { lib } = await smallSchool();
    const code = await codeFor(lib, { class: "3-2" }, "pupil", "S1");
    lib.clock.advanceDays(30);
    expect(await redeemCode(lib, wechat("kid"), code)).toEqual({ ok: false, code: "expired" });
  });

  it("locks binding after five wrong codes and unlocks it 15 minutes later", async () => {
    const { lib } = await smallSchool();
    const good = await codeFor(lib, { class: "3-2" }, "pupil", "S1");
    const wrong = ["AAAA-AAAA", "BBBB-BBBB", "nonsense", "CCCC-CCCC"];
    for (const w of wrong)
      expect(await redeemCode(lib, wechat("guess"), w)).toEqual({
        ok: false,
        code: "invalid_code",
      });
    const fifth = await redeemCode(lib, wechat("guess"), "DDDD-DDDD");
    expect(fifth).toEqual({
      ok: false,
      code: "locked",
      detail: { until: "2026-09-09T02:15:00.000Z" },
    });
    expect(await redeemCode(lib, wechat("guess"), good)).toMatchObject({ code: "locked" });
    lib.clock.set("2026-09-09T10:14:59+08:00");
    expect(await redeemCode(lib, wechat("guess"), good)).toMatchObject({ code: "locked" });
    lib.clock.set("2026-09-09T10:15:00+08:00");
    expect((await redeemCode(lib, wechat("guess"), good)).ok).toBe(true);
    const member = await lib.db.chatMember.findFirst({ select: { bindFailures: true } });
    expect(member?.bindFailures).toBe(0);
  });

  it("gives one binding when two accounts redeem a single-use code at the same time", async () => {
    const { lib } = await smallSchool();
    const code = await codeFor(lib, { class: "3-2" }, "pupil", "S1");
    const results = await Promise.all([
      redeemCode(lib, wechat("a"), code),
      redeemCode(lib, wechat("b"), code),
      redeemCode(lib, { platform: "telegram", userId: "c" }, code),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.code)).toEqual([
      "used_up",
      "used_up",
    ]);
    expect(await lib.db.binding.count()).toBe(1);
  });
});

describe("maskName", () => {
  it("keeps the first and last character and hides the middle", () => {
    expect([maskName("张小明"), maskName("欧阳小明"), maskName("李华"), maskName("王")]).toEqual([
      "张*明",
      "欧**明",
      "李*",
      "*",
    ]);
  });
});
