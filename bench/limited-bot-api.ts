import { createServer } from "node:http";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * A Bot API stand-in for the broadcast-rate bench: answers sendMessage on 127.0.0.1 and
 * enforces Telegram's 30 messages per second the way Telegram does, with a 429 and
 * `retry_after` for a message over the limit. Records every accepted send's time.
 */
export class LimitedBotApi {
  readonly accepted: number[] = [];
  rejected = 0;
  private server: Server | undefined;
  private nextId = 1;

  constructor(private readonly perSecond = 30) {}

  static async start(perSecond = 30): Promise<LimitedBotApi> {
    const api = new LimitedBotApi(perSecond);
    api.server = createServer((req, res) => {
      let body = "";
      req.on("data", (d: Buffer) => (body += String(d)));
      req.on("end", () => {
        const answer = api.answer(req.url ?? "", body);
        res.writeHead(answer.ok ? 200 : 429, { "content-type": "application/json" });
        res.end(JSON.stringify(answer));
      });
    });
    await new Promise<void>((r) => api.server?.listen(0, "127.0.0.1", r));
    return api;
  }

  get apiRoot(): string {
    return `http://127.0.0.1:${(this.server?.address() as AddressInfo).port}`;
  }

  close(): Promise<void> {
    return new Promise((r) => {
      this.server?.close(() => r());
      this.server?.closeAllConnections();
    });
  }

  /** The most sends accepted in any one-second window. */
  maxPerSecond(): number {
    let best = 0;
    for (let i = 0, j = 0; i < this.accepted.length; i++) {
      while ((this.accepted[i] ?? 0) - (this.accepted[j] ?? 0) >= 1000) j++;
      best = Math.max(best, i - j + 1);
    }
    return best;
  }

  private answer(url: string, body: string) {
    if (url.endsWith("/getMe")) {
      const me = { id: 7_000_001, is_bot: true, first_name: "书香", username: "ShuxiangBenchBot" };
      return { ok: true, result: me };
    }
    if (!url.endsWith("/sendMessage")) return { ok: true, result: true };
    const now = Date.now();
    const recent = this.accepted.filter((t) => t > now - 1000).length;
    if (recent >= this.perSecond) {
      this.rejected += 1;
      return {
        ok: false,
        error_code: 429,
        description: "Too Many Requests: retry after 1",
        parameters: { retry_after: 1 },
      };
    }
    this.accepted.push(now);
    const p = JSON.parse(body || "{}") as { chat_id?: number; text?: string };
    const chat = { id: Number(p.chat_id), type: "private" };
    return {
      ok: true,
      result: { message_id: this.nextId++, date: Math.floor(now / 1000), chat, text: p.text },
    };
  }
}
