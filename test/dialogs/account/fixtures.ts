import { systemActor } from "../../../src/core/actor.ts";
import { issueCodes } from "../../../src/core/bindings/codes.ts";
import type { CodeKind, CodeTarget } from "../../../src/core/bindings/codes.ts";
import type { Library } from "../../../src/core/library.ts";
import { registerAccountDialogs } from "../../../src/dialogs/account-dialogs.ts";
import { Bot } from "../../../src/dialogs/bot.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import type { TextKey, TextParams } from "../../../src/dialogs/texts/index.ts";
import type { Reply } from "../../../src/messages.ts";
import { testLibrary } from "../../support/library.ts";

/**
 * Classes 3-2 and 3-3; pupils S1 张小明 and S2 李华 in 3-2, S3 欧阳小明 in 3-3; teacher T1 王芳
 * heads 3-2, T2 钱多多 heads 3-3; a bot with the account dialogs on the console platform.
 */
export async function accountSchool() {
  const lib = await testLibrary();
  const c32 = await lib.db.schoolClass.create({ data: { grade: 3, number: 2, name: "3-2" } });
  const c33 = await lib.db.schoolClass.create({ data: { grade: 3, number: 3, name: "3-3" } });
  const pupil = (cardNumber: string, name: string, classId: number) =>
    lib.db.patron.create({ data: { cardNumber, name, role: "student", classId } });
  const teacher = async (cardNumber: string, name: string, classId: number) => {
    const t = await lib.db.patron.create({ data: { cardNumber, name, role: "teacher" } });
    await lib.db.classTeacher.create({ data: { teacherId: t.id, classId } });
    return t;
  };
  const s1 = await pupil("S1", "张小明", c32.id);
  const s2 = await pupil("S2", "李华", c32.id);
  const s3 = await pupil("S3", "欧阳小明", c33.id);
  const t1 = await teacher("T1", "王芳", c32.id);
  const t2 = await teacher("T2", "钱多多", c33.id);
  const bot = new Bot({ lib, areas: [registerAccountDialogs], defaultLocale: "zh-CN" });
  return { lib, bot, c32, c33, s1, s2, s3, t1, t2 };
}

export type School = Awaited<ReturnType<typeof accountSchool>>;

/** Binds a console account directly (member row and binding), as a redeemed code would. */
export async function bindAs(
  lib: Library,
  userId: string,
  kind: "self" | "guardian" | "teacher" | "librarian" | "student_librarian",
  patronId: number | null = null,
): Promise<number> {
  const member = await lib.db.chatMember.upsert({
    where: { platform_userId: { platform: "console", userId } },
    create: { platform: "console", userId },
    update: {},
    select: { id: true },
  });
  await lib.db.binding.create({ data: { memberId: member.id, kind, patronId } });
  return member.id;
}

/** Issues codes and returns the plaintext code of `kind` on the slip of `cardNumber`. */
export async function codeFor(
  lib: Library,
  target: CodeTarget,
  kind: CodeKind,
  cardNumber?: string,
): Promise<string> {
  const result = await issueCodes(lib, systemActor, target);
  if (!result.ok) throw new Error(result.code);
  const slip = result.value.find((s) => (s.patron?.cardNumber ?? undefined) === cardNumber);
  const code = slip?.codes.find((c) => c.kind === kind)?.code;
  if (!code) throw new Error(`no ${kind} code for ${cardNumber}`);
  return code;
}

/** One private message from a console user; the replies' texts joined by newlines. */
export async function chat(bot: Bot, userId: string, text: string): Promise<string> {
  return textOf(
    await bot.handle({ platform: "console", chatId: userId, userId, isGroup: false, text }),
  );
}

/** One message in a group chat, addressed to the bot (mentioned). */
export async function groupChat(
  bot: Bot,
  chatId: string,
  userId: string,
  text: string,
): Promise<string> {
  const inbound = { platform: "console", chatId, userId, isGroup: true, mentioned: true, text };
  return textOf(await bot.handle(inbound));
}

/** The private replies with menus, for tests that look at choices. */
export function privateReplies(bot: Bot, userId: string, text: string): Promise<Reply[]> {
  return bot.handle({ platform: "console", chatId: userId, userId, isGroup: false, text });
}

export function textOf(replies: Reply[]): string {
  return replies.map((r) => r.text).join("\n");
}

/** A zh-CN text, as the dialogs word it. */
export const zh = <K extends TextKey>(key: K, ...params: TextParams<K>): string =>
  t("zh-CN", key, ...params);
