import { describe, expect, it } from "vitest";
import { memberContext } from "../../../src/core/bindings/member-context.ts";
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
