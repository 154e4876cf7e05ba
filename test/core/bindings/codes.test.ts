import { storedBytes } from "../../support/db.ts";
import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import type { Actor } from "../../../src/core/actor.ts";
import { formatCode, normalizeCode } from "../../../src/core/bindings/code-text.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import { redeemCode } from "../../../src/core/bindings/redeem.ts";
import { smallSchool, wechat } from "./school.ts";

const teacherActor: Actor = {
  kind: "member",
  memberId: 9,
  selfPatronId: 4,
  patronIds: [4],
  classIds: [1],
  isLibrarian: false,
  isStudentLibrarian: false,
};

describe("issueCodes", () => {
  it("gives each pupil of a class a two-use parent code and a one-use pupil code", async () => {
    const { lib } = await smallSchool();
    const result = await issueCodes(lib, systemActor, { class: "3年2班" });
    if (!result.ok) throw new Error(result.code);
    expect(result.value.map((s) => s.patron?.cardNumber)).toEqual(["S1", "S2"]);
    const slip = result.value[0];
    expect(slip?.patron).toMatchObject({ name: "张小明", className: "3-2" });
    expect(slip?.codes.map((c) => [c.kind, c.maxUses])).toEqual([
      ["parent", 2],
      ["pupil", 1],
    ]);
    for (const c of slip?.codes ?? [])
      expect(c.code).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    expect(slip?.expiresOn).toBe("2026-10-09");
    expect(slip?.expiresAt.getTime()).toBe(lib.now().getTime() + 30 * 86_400_000);
    expect(await lib.db.bindingCode.count()).toBe(4);
  });

  it("stores only hashes: no plaintext code is anywhere in the database file", async () => {
    const { lib } = await smallSchool();
    const result = await issueCodes(lib, systemActor, { class: "3-2" });
    if (!result.ok) throw new Error(result.code);
    const bytes = await storedBytes(lib.db);
    await lib.db.$disconnect();
    const has = (s: string) => bytes.includes(Buffer.from(s, "utf8"));
    const codes = result.value.flatMap((s) => s.codes.map((c) => c.code));
    expect(codes).toHaveLength(4);
    for (const code of codes) {
      expect(has(code)).toBe(false);
      expect(has(code.replace("-", ""))).toBe(false);
    }
    expect(has("张小明")).toBe(true);
  });

  it("revokes the earlier codes of a pupil when the class is issued again", async () => {
    const { lib } = await smallSchool();
    const first = await issueCodes(lib, systemActor, { class: "3-2" });
    const second = await issueCodes(lib, systemActor, { class: "3-2" });
    if (!first.ok || !second.ok) throw new Error("issue failed");
    const oldCode = first.value[0]?.codes[0]?.code ?? "";
    const newCode = second.value[0]?.codes[0]?.code ?? "";
    expect(await redeemCode(lib, wechat("p1"), oldCode)).toEqual({
      ok: false,
      code: "invalid_code",
    });
    expect((await redeemCode(lib, wechat("p1"), newCode)).ok).toBe(true);
    expect(await lib.db.bindingCode.count({ where: { revokedAt: null } })).toBe(4);
  });

  it("with reissue off, refuses while printed codes are live and leaves them working", async () => {
    const { lib } = await smallSchool();
    const first = await issueCodes(lib, systemActor, { class: "3-2" }, { reissue: false });
    if (!first.ok) throw new Error(first.code);
    const again = await issueCodes(lib, systemActor, { class: "3-2" }, { reissue: false });
    expect(again).toEqual({ ok: false, code: "already_issued", detail: { live: 4 } });
    expect(await lib.db.bindingCode.count({ where: { revokedAt: null } })).toBe(4);
    const pupilCode = first.value[0]?.codes.find((c) => c.kind === "pupil")?.code ?? "";
    expect((await redeemCode(lib, wechat("p1"), pupilCode)).ok).toBe(true);
    const afterUse = await issueCodes(lib, systemActor, { class: "3-2" }, { reissue: false });
    expect(afterUse).toMatchObject({ detail: { live: 3 } });
    const other = await issueCodes(lib, systemActor, { class: "3-3" }, { reissue: false });
    expect(other.ok).toBe(true);
  });

  it("with reissue off, issues again once the earlier codes have expired", async () => {
    const { lib } = await smallSchool();
    await issueCodes(lib, systemActor, { librarian: true }, { reissue: false });
    const live = await issueCodes(lib, systemActor, { librarian: true }, { reissue: false });
    expect(live).toMatchObject({ code: "already_issued", detail: { live: 1 } });
    lib.clock.advanceDays(31);
    expect((await issueCodes(lib, systemActor, { librarian: true }, { reissue: false })).ok).toBe(
      true,
    );
  });

  it("reissues one pupil's or teacher's codes by card, leaving the rest of the class alone", async () => {
    const { lib } = await smallSchool();
    const first = await issueCodes(lib, systemActor, { class: "3-2" });
    if (!first.ok) throw new Error(first.code);
    const live = await issueCodes(lib, systemActor, { card: "S1" }, { reissue: false });
    expect(live).toEqual({ ok: false, code: "already_issued", detail: { live: 2 } });
    const again = await issueCodes(lib, systemActor, { card: " S1 " });
    if (!again.ok) throw new Error(again.code);
    expect(again.value.map((s) => [s.patron, s.codes.map((c) => c.kind)])).toEqual([
      [expect.objectContaining({ name: "张小明", className: "3-2" }), ["parent", "pupil"]],
    ]);
    const s2 = first.value[1]?.codes.find((c) => c.kind === "pupil")?.code ?? "";
    const s1 = first.value[0]?.codes.find((c) => c.kind === "pupil")?.code ?? "";
    expect((await redeemCode(lib, wechat("p2"), s2)).ok).toBe(true);
    expect(await redeemCode(lib, wechat("p1"), s1)).toEqual({ ok: false, code: "invalid_code" });
    const teacher = await issueCodes(lib, systemActor, { card: "T1" });
    expect(teacher.ok && teacher.value[0]?.codes.map((c) => c.kind)).toEqual(["teacher"]);
    expect(await issueCodes(lib, systemActor, { card: "X9" })).toEqual({
      ok: false,
      code: "unknown_card",
    });
  });

  it("issues one single-use code per teacher and one for the librarian", async () => {
    const { lib } = await smallSchool();
    const teachers = await issueCodes(lib, systemActor, { teachers: true });
    const librarian = await issueCodes(lib, systemActor, { librarian: true });
    if (!teachers.ok || !librarian.ok) throw new Error("issue failed");
    expect(
      teachers.value.map((s) => [
        s.patron?.name,
        s.patron?.className,
        s.codes.map((c) => c.maxUses),
      ]),
    ).toEqual([["赵老师", "3-2", [1]]]);
    expect(librarian.value).toHaveLength(1);
    expect(librarian.value[0]?.patron).toBeNull();
    expect(librarian.value[0]?.codes.map((c) => c.kind)).toEqual(["librarian"]);
  });

  it("refuses an unknown class and anyone but the librarian", async () => {
    const { lib } = await smallSchool();
    expect(await issueCodes(lib, systemActor, { class: "9-9" })).toEqual({
      ok: false,
      code: "unknown_class",
    });
    expect(await issueCodes(lib, teacherActor, { class: "3-2" })).toEqual({
      ok: false,
      code: "not_librarian",
    });
    expect(await lib.db.bindingCode.count()).toBe(0);
  });
});

describe("code text", () => {
  it("accepts lower case, spaces and a missing dash, and refuses look-alike letters", () => {
    expect(normalizeCode("k7qx m2pd")).toBe("K7QXM2PD");
    expect(normalizeCode("K7QXM2PD")).toBe("K7QXM2PD");
    expect(formatCode("K7QXM2PD")).toBe("K7QX-M2PD");
    expect(normalizeCode("K7QX-M2P0")).toBeUndefined();
    expect(normalizeCode("K7QX-M2P")).toBeUndefined();
  });
});
