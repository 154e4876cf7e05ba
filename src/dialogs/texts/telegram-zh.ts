/**
 * zh-CN texts of the Telegram adapter: the command menu (setMyCommands, ≤ 256 characters each).
 * Merged into the zh-CN table in zh-CN.ts; the adapter also reads it directly.
 */
export const telegramZh = {
  telegram_cmd_help: "帮助：能做什么",
  telegram_cmd_bind: "绑定：用学校发的绑定码绑定读者",
  telegram_cmd_search: "搜索：查书，看在架数量",
  telegram_cmd_mine: "我的：借阅和预约",
  telegram_cmd_renew: "续借",
  telegram_cmd_reserve: "预约：书都借出时排队",
  telegram_cmd_unreserve: "取消预约",
  telegram_cmd_new: "新书：最近上架的书",
  telegram_cmd_overdue: "逾期：本班逾期名单（教师）",
  telegram_cmd_rota: "排班：本班本周借书时间",
  telegram_cmd_duty: "值日：小管理员值日安排",
  telegram_cmd_settings: "设置：语言、提醒、免打扰",
  telegram_cmd_suggest: "建议：给图书馆留言",
  telegram_cmd_purchase: "荐购：推荐图书馆买的书",
  telegram_cmd_cancel: "取消当前操作",
  telegram_cmd_checkout: "借书（馆员、值日小管理员）",
  telegram_cmd_return: "还书（馆员、值日小管理员）",
  telegram_cmd_lost: "登记丢失的书（馆员）",
  telegram_cmd_damaged: "登记损坏的书（馆员）",
  telegram_cmd_charges: "赔偿收款、免赔（馆员）",
  telegram_cmd_stats: "本周借阅统计（老师、馆员）",
  telegram_cmd_helper: "设为小管（馆员）",
  telegram_cmd_unhelper: "取消小管（馆员）",
  telegram_cmd_broadcast: "广播通知（馆员）",
  telegram_cmd_activity: "阅读活动（馆员）",
  telegram_cmd_link: "绑定班级：把本群关联到班级（班主任）",
};
