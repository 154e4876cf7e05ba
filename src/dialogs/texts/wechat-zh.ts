/**
 * zh-CN texts of the WeChat adapter. Not yet merged into zh-CN.ts; the adapter reads it
 * directly (see adapters/wechat/texts.ts).
 */
export const wechatZh = {
  wechat_text_only: "目前只能读文字消息。请发送文字，例如“帮助”。",
};
