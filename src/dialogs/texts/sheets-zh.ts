// The words of the .xlsx exports in Chinese (sheets-en.ts must match): sheet names, headers
// and cell words, read by src/dialogs/exports for the chat and the CLI alike.

export const sheetsZh = {
  fileName: { overdue: "逾期名单", figures: "班级借阅统计", broadcast: "广播" },
  overdueSheet: "逾期名单",
  overdueHeaders: ["班级", "学生", "书名", "条码", "应还日期", "逾期天数", "逾期级别"],
  figuresSheet: "班级借阅统计",
  figuresHeaders: [
    "排名",
    "班级",
    "学生人数",
    "本周借阅（册）",
    "本周借书人数",
    "本学期借阅（册）",
    "本学期人均（册）",
    "学期目标（人均）",
    "进度达标",
    "图书角在班（册）",
    "本学期图书角借出（册）",
    "本周到馆（次）",
  ],
  figuresWeek: (from: string, to: string) => `统计周：${from} 至 ${to}`,
  deliverySheet: "送达情况",
  deliveryHeaders: ["平台", "收件人", "群聊", "状态", "送达时间", "失败原因"],
  broadcastSheet: "广播",
  broadcastFields: ["编号", "发送时间", "内容", "收件人数", "已送达", "发送失败", "尚未发出"],
  platforms: { telegram: "Telegram", wechat: "微信", console: "终端" } as Record<string, string>,
  deliveryStatus: {
    pending: "待发送",
    sending: "发送中",
    sent: "已送达",
    dead: "发送失败",
  } as Record<string, string>,
  classGroup: (name: string) => `${name} 班级群`,
  yes: "是",
  no: "否",
};

export type SheetTexts = typeof sheetsZh;
