import type { IntentDialog, RegisterDialogs } from "../../../src/dialogs/intent.ts";

/** How often the tiny dialogs' side effects ran. */
export interface Tally {
  searches: string[];
  adds: number;
}

/** A gate a dialog waits at until the test opens it. */
export function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

/** Over 10 000 characters: 100 lines of 100. */
export const LONG_TEXT = Array.from({ length: 100 }, (_, i) =>
  String(i).padStart(3, "0").padEnd(100, "书"),
).join("\n");

/**
 * A tiny registry of intents for adapter tests: search records its words (waiting at `hold`
 * for the words "wait") and offers 加一 / 完成 (new text searches again); new says LONG_TEXT; mine fails.
 */
export function tinyArea(tally: Tally, hold?: Promise<void>): RegisterDialogs {
  const search: IntentDialog = async (c, { args }) => {
    await c.act(async () => {
      if (args === "wait") await hold;
      tally.searches.push(args);
    });
    const id = await c.choose(
      `找到：${args}`,
      [
        { id: "add", label: "加一" },
        { id: "stop", label: "完成" },
      ],
      { textFallthrough: true },
    );
    if (id === "add") await c.act(() => void (tally.adds += 1));
    c.say(id === "add" ? "加了一次" : "好的");
  };
  const long: IntentDialog = async (c) => c.say(LONG_TEXT);
  const fails: IntentDialog = async () => {
    throw new Error("dialog broke for 张小明");
  };
  return (registry) => registry.add("search", search).add("new", long).add("mine", fails);
}
