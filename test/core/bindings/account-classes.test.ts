import { describe, expect, it } from "vitest";
import { classNamesOf } from "../../../src/core/bindings/account-classes.ts";
import { actorFor } from "../../../src/core/bindings/actor.ts";
import { smallSchool } from "./school.ts";

describe("classNamesOf", () => {
  it("names a teacher's classes in grade order and nothing for an account without classes", async () => {
    const { lib, c32, t1 } = await smallSchool();
    const c11 = await lib.db.schoolClass.create({ data: { grade: 1, number: 1, name: "1-1" } });
    await lib.db.classTeacher.create({ data: { teacherId: t1.id, classId: c11.id } });
    const m = await lib.db.chatMember.create({ data: { platform: "wechat", userId: "zhao" } });
    await lib.db.binding.create({ data: { memberId: m.id, kind: "teacher", patronId: t1.id } });
    const teacher = await actorFor(lib, { platform: "wechat", userId: "zhao" });
    expect(teacher.classIds).toContain(c32.id);
    expect(await classNamesOf(lib, teacher)).toEqual(["1-1", "3-2"]);
    const nobody = await actorFor(lib, { platform: "wechat", userId: "nobody" });
    expect(await classNamesOf(lib, nobody)).toEqual([]);
  });
});
