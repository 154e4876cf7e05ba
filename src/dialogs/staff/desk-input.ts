/** Which desk action a line of input is for. */
export type DeskMode = "checkout" | "return";

/** What one message at the desk means. */
export type DeskInput =
  | { kind: "end" }
  /** `command`: the message began with 借/还, so it starts a new request. */
  | { kind: "codes"; mode: DeskMode; codes: string[]; command: boolean }
  | { kind: "bad"; text: string };

const endWords = new Set(["结束", "完成", "退出", "end", "done", "stop", "finish"]);
const modeWords: Record<string, DeskMode> = {
  借: "checkout",
  借书: "checkout",
  checkout: "checkout",
  "/checkout": "checkout",
  还: "return",
  还书: "return",
  return: "return",
  "/return": "return",
};

/** Card numbers and barcodes: letters, digits, dashes (what scanners type), up to 40. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;
/** Codes acted on per message; more are ignored. */
const MAX_CODES = 11;

/**
 * Reads a desk message: an end word; codes for the current mode; or a mode word (借 / 还,
 * also as a command) with optional codes, which switches mode — so "还 B12" typed while
 * checking out does a return, and a scanner's "B12⏎" just continues. `/checkout@bot` counts.
 */
export function readDeskInput(raw: string, mode: DeskMode): DeskInput {
  const text = raw.normalize("NFKC").trim();
  const [head = "", ...rest] = text.split(/\s+/);
  const word = head.toLowerCase().replace(/@\w+$/, "");
  if (endWords.has(word) && rest.length === 0) return { kind: "end" };
  const switched = modeWords[word];
  const codes = switched ? rest : text ? [head, ...rest] : [];
  const bad = codes.find((c) => !CODE.test(c));
  if (bad !== undefined) return { kind: "bad", text: bad };
  const command = switched !== undefined;
  return { kind: "codes", mode: switched ?? mode, codes: codes.slice(0, MAX_CODES), command };
}

/** How many codes one action takes: card + barcode, or a barcode. */
export const codesNeeded = (mode: DeskMode): number => (mode === "checkout" ? 2 : 1);
