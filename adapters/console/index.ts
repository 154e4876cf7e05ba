export { runConsoleChat } from "./console-chat.ts";
export type { ConsoleChatOptions } from "./console-chat.ts";
export { renderReply } from "./render.ts";
