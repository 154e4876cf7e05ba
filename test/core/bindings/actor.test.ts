import { describe, expect, it } from "vitest";
import { systemActor } from "../../../src/core/actor.ts";
import type { Actor } from "../../../src/core/actor.ts";
import { actorFor, actorForGroup } from "../../../src/core/bindings/actor.ts";
import { linkGroup } from "../../../src/core/bindings/link-group.ts";
import { redeemCode } from "../../../src/core/bindings/redeem.ts";
import { grantStudentLibrarian } from "../../../src/core/bindings/student-librarian.ts";
import { codeFor, smallSchool, wechat } from "./school.ts";

async function bound(
  lib: Awaited<ReturnType<typeof smallSchool>>["lib"],
  userId: string,
  code: string,
) {
  const r = await redeemCode(lib, wechat(userId), code);
  if (!r.ok) throw new Error(r.code);
  return actorFor(lib, wechat(userId));
}

describe("actorFor", () => {
  it("gives a parent of two children both children and nothing else", async () => {
    const { lib, s1, s3 } = await smallSchool();
    await redeemCode(lib, wechat("mum"), await codeFor(lib, { class: "3-3" }, "parent", "S3"));
    const actor = await bound(lib, "mum", await codeFor(lib, { class: "3-2" }, "parent", "S1"));
    expect(actor).toMatchObject({
      kind: "member",
      patronIds: [s1.id, s3.id].sort((a, b) => a - b),
      classIds: [],
      isLibrarian: false,
      isStudentLibrarian: false,
    });
    expect(actor.selfPatronId).toBeUndefined();
    expect(actor.memberId).toBeTypeOf("number");
  });

  it("makes a pupil their own patron, and a student librarian once granted", async () => {
    const { lib, s1 } = await smallSchool();
    const before = await bound(lib, "kid", await codeFor(lib, { class: "3-2" }, "pupil", "S1"));
    expect(before).toMatchObject({
      selfPatronId: s1.id,
      patronIds: [s1.id],
      isStudentLibrarian: false,
    });
    expect(await grantStudentLibrarian(lib, systemActor, "S1", true)).toEqual({
      ok: true,
      value: { patronId: s1.id, on: true },
    });
    expect((await actorFor(lib, wechat("kid"))).isStudentLibrarian).toBe(true);
  });

  it("gives a teacher the classes they head and the librarian every right", async () => {
    const { lib, c32, t1 } = await smallSchool();
    const teacher = await bound(
      lib,
      "zhao",
      await codeFor(lib, { teachers: true }, "teacher", "T1"),
    );
    expect(teacher).toMatchObject({ selfPatronId: t1.id, classIds: [c32.id], isLibrarian: false });
    const librarian = await bound(lib, "lib", await codeFor(lib, { librarian: true }, "librarian"));
    expect(librarian).toMatchObject({ isLibrarian: true, patronIds: [], classIds: [] });
  });

  it("gives an unknown account no rights at all", async () => {
    const { lib } = await smallSchool();
    expect(await actorFor(lib, wechat("stranger"))).toEqual({
      kind: "member",
      patronIds: [],
      classIds: [],
      isLibrarian: false,
      isStudentLibrarian: false,
    });
  });
});

describe("linkGroup and actorForGroup", () => {
  it("lets the class teacher link a group, which then sees only that class", async () => {
    const { lib, c32 } = await smallSchool();
    const teacher = await bound(
      lib,
      "zhao",
      await codeFor(lib, { teachers: true }, "teacher", "T1"),
    );
    const group = { platform: "wechat", chatId: "room-1" };
    expect(await actorForGroup(lib, group)).toMatchObject({ kind: "group", classIds: [] });
    expect(await linkGroup(lib, teacher, { ...group, className: "3年2班" })).toEqual({
      ok: true,
      value: { classId: c32.id, className: "3-2" },
    });
    expect(await actorForGroup(lib, group)).toEqual({
      kind: "group",
      patronIds: [],
      classIds: [c32.id],
      isLibrarian: false,
      isStudentLibrarian: false,
    });
  });

  it("refuses an unknown class, another teacher's class, a parent and a group", async () => {
    const { lib } = await smallSchool();
    const teacher = await bound(
      lib,
      "zhao",
      await codeFor(lib, { teachers: true }, "teacher", "T1"),
    );
    const parent = await bound(lib, "mum", await codeFor(lib, { class: "3-2" }, "parent", "S1"));
    const group: Actor = {
      kind: "group",
      patronIds: [],
      classIds: [1],
      isLibrarian: false,
      isStudentLibrarian: false,
    };
    const where = { platform: "wechat", chatId: "room-1" };
    expect(await linkGroup(lib, teacher, { ...where, className: "9-9" })).toEqual({
      ok: false,
      code: "unknown_class",
    });
    expect(await linkGroup(lib, teacher, { ...where, className: "3-3" })).toEqual({
      ok: false,
      code: "not_your_class",
    });
    expect(await linkGroup(lib, parent, { ...where, className: "3-2" })).toEqual({
      ok: false,
      code: "not_your_class",
    });
    expect(await linkGroup(lib, group, { ...where, className: "3-2" })).toEqual({
      ok: false,
      code: "not_your_class",
    });
    expect(await lib.db.chatGroup.count()).toBe(0);
    expect((await linkGroup(lib, systemActor, { ...where, className: "3-3" })).ok).toBe(true);
  });
});

describe("grantStudentLibrarian", () => {
  it("refuses anyone but the librarian, unknown cards and teachers", async () => {
    const { lib } = await smallSchool();
    const kid = await bound(lib, "kid", await codeFor(lib, { class: "3-2" }, "pupil", "S1"));
    expect(await grantStudentLibrarian(lib, kid, "S1", true)).toEqual({
      ok: false,
      code: "not_librarian",
    });
    expect(await grantStudentLibrarian(lib, systemActor, "S999", true)).toEqual({
      ok: false,
      code: "unknown_card",
    });
    expect(await grantStudentLibrarian(lib, systemActor, "T1", true)).toEqual({
      ok: false,
      code: "not_a_student",
    });
    expect(await lib.db.patron.count({ where: { isStudentLibrarian: true } })).toBe(0);
  });
});
