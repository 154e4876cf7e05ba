import { describe, expect, it, onTestFinished } from "vitest";
import { memberContext } from "../../../src/core/bindings/member-context.ts";
import { openDb } from "../../../src/db/client.ts";
import { urlOf } from "../../support/db.ts";
import { smallSchool, wechat } from "./school.ts";

describe("memberContext", () => {
  it("gives an unknown account no rights and no language", async () => {
    const { lib } = await smallSchool();
    expect(await memberContext(lib, wechat("stranger"))).toEqual({
      actor: {
        kind: "member",
        patronIds: [],
        classIds: [],
        isLibrarian: false,
        isStudentLibrarian: false,
      },
      locale: null,
    });
  });

  it("gives the chosen language with the actor built from every binding", async () => {
    const { lib, c32, c33, s1, s3, t1 } = await smallSchool();
    await lib.db.classTeacher.create({ data: { teacherId: t1.id, classId: c33.id } });
    const m = await lib.db.chatMember.create({
      data: { platform: "wechat", userId: "zhao", locale: "en" },
    });
    for (const [kind, patronId] of [
      ["teacher", t1.id],
      ["guardian", s3.id],
      ["guardian", s1.id],
    ] as const) {
      await lib.db.binding.create({ data: { memberId: m.id, kind, patronId } });
    }
    expect(await memberContext(lib, wechat("zhao"))).toEqual({
      actor: {
        kind: "member",
        memberId: m.id,
        selfPatronId: t1.id,
        patronIds: [s1.id, s3.id, t1.id].sort((a, b) => a - b),
        classIds: [c32.id, c33.id].sort((a, b) => a - b),
        isLibrarian: false,
        isStudentLibrarian: false,
      },
      locale: "en",
    });
  });

  it("makes a pupil whose own card is a 小管 a student librarian, but not a parent of one", async () => {
    const { lib, s1 } = await smallSchool();
    await lib.db.patron.update({ where: { id: s1.id }, data: { isStudentLibrarian: true } });
    const bind = async (userId: string, kind: string) => {
      const m = await lib.db.chatMember.create({ data: { platform: "wechat", userId } });
      await lib.db.binding.create({ data: { memberId: m.id, kind, patronId: s1.id } });
    };
    await bind("kid", "self");
    await bind("mum", "guardian");
    expect((await memberContext(lib, wechat("kid"))).actor).toMatchObject({
      selfPatronId: s1.id,
      isStudentLibrarian: true,
    });
    const mum = (await memberContext(lib, wechat("mum"))).actor;
    expect(mum.isStudentLibrarian).toBe(false);
    expect(mum.selfPatronId).toBeUndefined();
  });
});

describe("memberContext remembered by a process", () => {
  /** A parent "zhao" bound to S1, and a second process (its own client) on the same database. */
  async function twoProcesses() {
    const school = await smallSchool();
    const { lib, s1 } = school;
    const m = await lib.db.chatMember.create({ data: { platform: "wechat", userId: "zhao" } });
    await lib.db.binding.create({ data: { memberId: m.id, kind: "guardian", patronId: s1.id } });
    const other = await openDb(urlOf(lib.db));
    onTestFinished(() => other.$disconnect());
    return { ...school, member: m, other };
  }

  it("is served from memory while nobody changed an account (the counter stands still)", async () => {
    const { lib, s1, member } = await twoProcesses();
    expect((await memberContext(lib, wechat("zhao"))).actor.patronIds).toEqual([s1.id]);
    await lib.db.binding.deleteMany({ where: { memberId: member.id } });
    // Put the counter back behind the triggers' back: the remembered context is served.
    await lib.db.memberVersion.update({ where: { id: 1 }, data: { version: { decrement: 1 } } });
    expect((await memberContext(lib, wechat("zhao"))).actor.patronIds).toEqual([s1.id]);
  });

  it("takes a binding revoked by another process from the next message on", async () => {
    const { lib, s1, member, other } = await twoProcesses();
    expect((await memberContext(lib, wechat("zhao"))).actor.patronIds).toEqual([s1.id]);
    await other.binding.deleteMany({ where: { memberId: member.id } });
    expect((await memberContext(lib, wechat("zhao"))).actor.patronIds).toEqual([]);
  });

  it("takes a new binding, a class given to a teacher and a 小管 flag from the next message on", async () => {
    const { lib, s1, s2, c33, t1, member, other } = await twoProcesses();
    const teacher = await lib.db.chatMember.create({ data: { platform: "wechat", userId: "t" } });
    await lib.db.binding.create({
      data: { memberId: teacher.id, kind: "teacher", patronId: t1.id },
    });
    expect((await memberContext(lib, wechat("t"))).actor.classIds).toHaveLength(1);
    expect((await memberContext(lib, wechat("zhao"))).actor.patronIds).toEqual([s1.id]);
    await other.binding.create({
      data: { memberId: member.id, kind: "guardian", patronId: s2.id },
    });
    await other.classTeacher.create({ data: { teacherId: t1.id, classId: c33.id } });
    expect((await memberContext(lib, wechat("zhao"))).actor.patronIds).toEqual(
      [s1.id, s2.id].sort((a, b) => a - b),
    );
    expect((await memberContext(lib, wechat("t"))).actor.classIds).toHaveLength(2);
    await other.patron.update({ where: { id: t1.id }, data: { isStudentLibrarian: true } });
    expect((await memberContext(lib, wechat("t"))).actor.isStudentLibrarian).toBe(true);
  });

  it("takes an account created, or its language chosen, by another process at once", async () => {
    const { lib, other } = await twoProcesses();
    expect((await memberContext(lib, wechat("new"))).actor.memberId).toBeUndefined();
    const created = await other.chatMember.create({ data: { platform: "wechat", userId: "new" } });
    expect((await memberContext(lib, wechat("new"))).actor.memberId).toBe(created.id);
    await other.chatMember.update({ where: { id: created.id }, data: { locale: "en" } });
    expect((await memberContext(lib, wechat("new"))).locale).toBe("en");
  });

  it("hands each caller its own copy: a change to one actor never reaches the next message", async () => {
    const { lib, s1 } = await twoProcesses();
    const first = await memberContext(lib, wechat("zhao"));
    first.actor.patronIds.push(999);
    first.actor.isLibrarian = true;
    expect((await memberContext(lib, wechat("zhao"))).actor).toMatchObject({
      patronIds: [s1.id],
      isLibrarian: false,
    });
  });
});
