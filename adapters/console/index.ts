export { runConsoleChat } from "./console-chat.ts";
export type { ConsoleChatOptions } from "./console-chat.ts";
export { renderBlock, renderReply } from "./render.ts";
