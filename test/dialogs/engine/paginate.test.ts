import { describe, expect, it } from "vitest";
import { choosePaged, paginate, showPages } from "../../../src/dialogs/engine/paginate.ts";
import type { Dialog } from "../../../src/dialogs/types.ts";
import { inbound, setup } from "./support.ts";

const lines = Array.from({ length: 45 }, (_, i) => `line ${i + 1}`);

describe("paginate", () => {
  it("cuts a list into pages of the given size", () => {
    expect(paginate([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(paginate([], 3)).toEqual([[]]);
    expect(() => paginate([1], 0)).toThrow();
  });
});

describe("showPages", () => {
  const pages: Dialog<never> = async (c) => {
    await showPages(c, lines, 20);
    c.say("the end");
  };
  const start = { dialog: "pages", args: null, locale: "en" as const };

  it("shows one page at a time with a next-page menu", async () => {
    const { runtime } = await setup(() => ({ pages }));
    const rt = runtime();
    const [first] = (await rt.handle(inbound("x"), start)) ?? [];
    expect(first?.text).toBe([...lines.slice(0, 20), "(page 1 of 3)"].join("\n"));
    expect(first?.choices?.map((c) => c.label)).toEqual(["Next page", "Done"]);
    await rt.handle(inbound("1"));
    const [last] = (await rt.handle(inbound("1"))) ?? [];
    expect(last).toEqual({ text: [...lines.slice(40), "the end"].join("\n") });
  });

  it("lets typed text fall through to the router and ends the dialog", async () => {
    const { db, runtime } = await setup(() => ({ pages }));
    const rt = runtime();
    await rt.handle(inbound("x"), start);
    expect(await rt.handle(inbound("西游记"))).toBeNull();
    expect(await db.dialogSession.count()).toBe(0);
  });
});

describe("choosePaged", () => {
  it("offers choices page by page and resolves with the chosen id", async () => {
    const choices = Array.from({ length: 10 }, (_, i) => ({
      id: `b${i + 1}`,
      label: `Book ${i + 1}`,
    }));
    const pick: Dialog<never> = async (c) => {
      c.say(`picked ${await choosePaged(c, "Which?", choices, 4)}`);
    };
    const { runtime } = await setup(() => ({ pick }));
    const rt = runtime();
    const [p1] =
      (await rt.handle(inbound("x"), { dialog: "pick", args: null, locale: "en" })) ?? [];
    expect(p1?.text).toBe("Which?\n(page 1 of 3)");
    expect(p1?.choices?.map((c) => c.label)).toEqual([
      "Book 1",
      "Book 2",
      "Book 3",
      "Book 4",
      "Next page",
    ]);
    const [p2] = (await rt.handle(inbound("5"))) ?? [];
    expect(p2?.choices?.[0]?.label).toBe("Book 5");
    expect(await rt.handle(inbound("2"))).toEqual([{ text: "picked b6" }]);
  });
});
