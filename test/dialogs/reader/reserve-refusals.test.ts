import { describe, expect, it } from "vitest";
import type { Library } from "../../../src/core/library.ts";
import { t } from "../../../src/dialogs/texts/index.ts";
import { testLibrary } from "../../support/library.ts";
import {
  addCopy,
  addHold,
  addLoan,
  addPupil,
  addTitle,
  bindAccount,
  chatAs,
  readerBot,
} from "./fixtures.ts";

interface Case {
  code: string;
  status?: string;
  reference?: boolean;
  /** Statuses of the title's copies; default one copy out on loan, so a hold could be filled. */
  copies?: string[];
  /** Sets the scene for the reader `me` and the title. */
  before?: (lib: Library, me: number, titleId: number) => Promise<void>;
  /** Runs after the title was listed, before it is chosen. */
  after?: (lib: Library, titleId: number) => Promise<void>;
  text: string;
}

const name = { name: "张小明" };
const cases: Case[] = [
  {
    code: "card_not_issued",
    status: "not_issued",
    text: t("zh-CN", "reader_hold_card_not_issued", name),
  },
  { code: "suspended", status: "suspended", text: t("zh-CN", "reader_hold_suspended", name) },
  { code: "card_left", status: "left", text: t("zh-CN", "reader_hold_card_left", name) },
  { code: "reference_only", reference: true, text: t("zh-CN", "reader_hold_reference_only") },
  {
    code: "already_on_loan",
    before: async (lib, me, titleId) =>
      void (await addLoan(lib.db, me, titleId, { dueOn: "2026-09-14" })),
    text: t("zh-CN", "reader_hold_already_on_loan", name),
  },
  {
    code: "already_held",
    before: async (lib, me, titleId) => void (await addHold(lib.db, me, titleId)),
    text: t("zh-CN", "reader_hold_already_held", name),
  },
  {
    code: "too_many_holds",
    before: async (lib, me) => {
      for (const title of ["水浒传", "红楼梦"]) {
        await addHold(lib.db, me, (await addTitle(lib.db, title)).id);
      }
    },
    text: t("zh-CN", "reader_hold_too_many_holds", name),
  },
  {
    code: "no_copies",
    copies: [],
    text: t("zh-CN", "reader_hold_no_copies"),
  },
  {
    code: "unknown_title",
    after: async (lib, titleId) => void (await lib.db.title.delete({ where: { id: titleId } })),
    text: t("zh-CN", "reader_hold_unknown_title"),
  },
];

describe("reserve refusals", () => {
  it.each(cases)("says $code in words and places no hold", async (k) => {
    const lib = await testLibrary();
    const me = await addPupil(lib.db, "张小明", k.status ? { status: k.status } : {});
    await bindAccount(lib.db, "ming", [me.id], { kind: "self" });
    const title = await addTitle(lib.db, "西游记", { isReference: k.reference ?? false });
    for (const status of k.copies ?? ["on_loan"]) await addCopy(lib.db, title.id, { status });
    await k.before?.(lib, me.id, title.id);
    const before = await lib.db.hold.count();
    const ming = chatAs(readerBot(lib), "ming");
    expect((await ming.send("预约 西游记")).labels[0]).toContain("西游记");
    await k.after?.(lib, title.id);
    expect((await ming.send("1")).text).toBe(k.text);
    expect(await lib.db.hold.count()).toBe(before);
  });
});
