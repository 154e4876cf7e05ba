import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import type { CodeKind, CodeTarget } from "../../../src/core/bindings/codes.ts";
import type { Library } from "../../../src/core/library.ts";
import { testLibrary } from "../../support/library.ts";

/** Classes 3-2 and 3-3, pupils S1 张小明 and S2 李华 in 3-2, S3 欧阳小明 in 3-3, teacher T1 heading 3-2. */
export async function smallSchool() {
  const lib = await testLibrary();
  const c32 = await lib.db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
  const c33 = await lib.db.schoolClass.create({ data: { grade: 3, number: 3, name: "3-3" } });
  const pupil = (cardNumber: string, name: string, classId: number) =>
    lib.db.patron.create({ data: { cardNumber, name, role: "student", classId } });
  const s1 = await pupil("S1", "张小明", c32.id);
  const s2 = await pupil("S2", "李华", c32.id);
  const s3 = await pupil("S3", "欧阳小明", c33.id);
  const t1 = await lib.db.patron.create({
    data: { cardNumber: "T1", name: "赵老师", role: "teacher" },
  });
  await lib.db.classTeacher.create({ data: { teacherId: t1.id, classId: c32.id } });
  return { lib, c32, c33, s1, s2, s3, t1 };
}

/** Issues codes and returns the plaintext code of `kind` on the slip of `cardNumber`. */
export async function codeFor(
  lib: Library,
  target: CodeTarget,
  kind: CodeKind,
  cardNumber?: string,
) {
  const result = await issueCodes(lib, systemActor, target);
  if (!result.ok) throw new Error(result.code);
  const slip = result.value.find((s) => (s.patron?.cardNumber ?? undefined) === cardNumber);
  const code = slip?.codes.find((c) => c.kind === kind)?.code;
  if (!code) throw new Error(`no ${kind} code for ${cardNumber}`);
  return code;
}

export const wechat = (userId: string) => ({ platform: "wechat", userId });
