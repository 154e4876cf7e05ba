import { describe, expect, it } from "vitest";
import { redeemCode } from "../../../src/core/bindings/redeem.ts";
import { codeFor, smallSchool, wechat } from "./school.ts";

async function auditRows(lib: Awaited<ReturnType<typeof smallSchool>>["lib"]) {
  const rows = await lib.db.auditLog.findMany({
    where: { action: { in: ["binding.fail", "binding.lockout"] } },
    orderBy: { id: "asc" },
    select: { action: true, actor: true, memberId: true, subject: true, detail: true },
  });
  return rows.map((r) => ({ ...r, detail: JSON.parse(r.detail) as Record<string, unknown> }));
}

describe("failed binding attempts are audited", () => {
  it("writes one row per wrong code and one for the lock-out, naming the account only", async () => {
    const { lib } = await smallSchool();
    const wrong = ["AAAA-AAAA", "BBBB-BBBB", "nonsense", "CCCC-CCCC", "DDDD-DDDD"];
    for (const w of wrong) await redeemCode(lib, wechat("guess"), w);
    const member = await lib.db.chatMember.findFirstOrThrow({ select: { id: true } });
    const rows = await auditRows(lib);
    const fails = rows.filter((r) => r.action === "binding.fail");
    expect(fails.map((r) => r.detail)).toEqual(
      [1, 2, 3, 4, 5].map((failures) => ({ reason: "invalid_code", failures })),
    );
    expect(rows.at(-1)).toEqual({
      action: "binding.lockout",
      actor: "member",
      memberId: member.id,
      subject: `member:${member.id}`,
      detail: { until: "2026-09-09T02:15:00.000Z", failures: 5 },
    });
    expect(rows).toHaveLength(6);
    // A locked account's attempts are refused before any code is looked at: nothing more.
    await redeemCode(lib, wechat("guess"), "EEEE-EEEE");
    expect(await auditRows(lib)).toHaveLength(6);
  });

  it("names a real code by its id only: never the code typed nor whose slip it is", async () => {
    const { lib } = await smallSchool();
    const code = await codeFor(lib, { class: "3-2" }, "pupil", "S1");
    lib.clock.advanceDays(30);
    expect(await redeemCode(lib, wechat("late"), code)).toMatchObject({ code: "expired" });
    const stored = await lib.db.bindingCode.findFirstOrThrow({
      where: { kind: "pupil", patron: { cardNumber: "S1" } },
      select: { id: true },
    });
    const [row] = await auditRows(lib);
    expect(row?.detail).toEqual({ reason: "expired", failures: 1, codeId: stored.id });
    const all = JSON.stringify(await lib.db.auditLog.findMany());
    for (const secret of [code, code.replace("-", ""), "张小明", "张*明", "S1"]) {
      expect(all).not.toContain(secret);
    }
  });
});
