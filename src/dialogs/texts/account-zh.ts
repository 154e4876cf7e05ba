/** zh-CN texts of the account dialogs (merged into the zh-CN table in zh-CN.ts). */
export const accountZh = {
  // help
  help_unbound:
    "你好！我是书香图书馆助手。\n先绑定账号：发送“绑定”加纸条上的 8 位码，例如：绑定 K7QX-M2PD\n（家长用家长码，学生用学生码，老师用教师码）",
  help_intro: "你可以发送：",
  help_footer: "发送“取消”可退出当前操作，“上一步”回到上一个问题。",
  help_group_intro: "本群可用（请 @我 或用 / 命令）：",
  help_group_unlinked: "本群还没有关联班级：班主任在群里发送 绑定班级 3-2 即可关联。",
  help_group_rota: "/rota 排班 — 本班本周借书时间",
  help_group_new: "/new 新书 — 最近上架的新书",
  help_group_search: "/search 书名 — 查书",
  help_cmd_search: "搜索 书名/作者/拼音 — 查书，看在架数量",
  help_cmd_mine: "我的 — 借阅和预约；借书证丢了发送“挂失”",
  help_cmd_renew: "续借 — 续借一本或全部",
  help_cmd_reserve: "预约 书名 / 取消预约 — 预约一本书，或取消预约",
  help_cmd_new: "新书 — 最近上架的新书",
  help_cmd_overdue: "逾期 — 逾期未还的书",
  help_cmd_overdue_class: "逾期 — 本班逾期名单",
  help_cmd_rota: "排班 — 本周班级借书时间",
  help_cmd_link: "绑定班级 3-2 — 在班级群里发送，关联本班",
  help_cmd_duty: "值日 — 我的值日时间",
  help_cmd_desk_duty: "借 借书证号 条码 / 还 条码 — 值日时柜台借还",
  help_cmd_desk: "借 借书证号 条码 / 还 条码 — 柜台借还",
  help_cmd_charges: "丢失 条码 / 损坏 条码 [金额] / 赔偿 — 登记遗失、损坏和收款",
  help_cmd_stats: "统计 — 本周各班借阅统计",
  help_cmd_helper: "小管 借书证号 / 取消小管 借书证号 — 设置学生管理员；值日 — 安排他们的值日",
  help_cmd_broadcast: "广播 — 给读者或班级群发通知；活动 — 创建读书活动",
  help_cmd_class: "图书角 / 到馆 / 阅览课 — 班级图书角（集体借阅），登记到馆和阅览课",
  help_cmd_suggestions: "建议 — 查看最新的建议和荐购；答复 — 答复它们，私信告诉提交人",
  help_cmd_cards:
    "补证 证号 [新证号] / 收证 证号 / 还证 证号 / 发证 班级 — 借书证办理；清还 — 离校清还",
  help_cmd_settings: "设置 — 语言、通知、免打扰时间",
  help_cmd_suggest: "建议 内容 / 荐购 书名 — 给图书馆留言、推荐买书",
  help_cli_footer:
    "导入、打印绑定码等管理命令请在电脑上用 shuxiang 命令行。发送“取消”可退出当前操作，“上一步”回到上一个问题。",
  // bind
  bind_in_group: "请在私聊中绑定：绑定码不要发在群里。",
  bind_ask: "请发送纸条上的 8 位绑定码（例如 K7QX-M2PD）：",
  bind_ok_guardian: (p: { name: string; className: string }) =>
    `已绑定：${p.name}${p.className ? `（${p.className} 班）` : ""}的家长。发送“我的”查看借阅，发送“帮助”查看更多。`,
  bind_ok_self: (p: { name: string; className: string }) =>
    `已绑定：${p.name}${p.className ? `（${p.className} 班）` : ""}本人。发送“我的”查看借阅，发送“帮助”查看更多。`,
  bind_ok_teacher: (p: { name: string; classes: string; first: string }) =>
    p.classes
      ? `已绑定：${p.name}老师，班级 ${p.classes}。发送“逾期”查看本班逾期名单；在班级群发送“绑定班级 ${p.first}”关联班级群。`
      : `已绑定：${p.name}老师。目前没有登记您任班主任的班级，如有误请联系图书管理员。`,
  bind_ok_librarian: "已绑定为图书管理员。发送“帮助”查看管理功能。",
  bind_ok_student_librarian: "已绑定为小管。发送“值日”查看值日时间。",
  bind_invalid_code: (p: { max: number; minutes: number }) =>
    `这个绑定码不对。请核对纸条上的 8 位码再发一次（不分大小写）。连续输错 ${p.max} 次会暂停绑定 ${p.minutes} 分钟。`,
  bind_expired: (p: { days: number }) =>
    `这个绑定码已过期（有效期 ${p.days} 天）。请向班主任或图书管理员要一张新纸条。`,
  bind_used_up:
    "这个绑定码已经用完了（家长码可绑定两位家长，其他码只能用一次）。如需再绑定，请向班主任或图书管理员要新码。",
  bind_locked: (p: { time: string }) => `输错次数太多，绑定已暂停。请在 ${p.time} 之后再试。`,
  // link
  link_private: "请在班级群里发送“绑定班级 3-2”（@我 或用 /link 3-2），把群关联到班级。",
  link_ask: "要关联哪个班？请回复班级，例如 3-2。",
  link_ok: (p: { className: string }) =>
    `本群已关联 ${p.className} 班。以后本班的排班、新书和活动通知会发到这里。`,
  link_unknown_class: (p: { name: string }) =>
    `没有找到班级“${p.name}”。请按“年级-班号”写，例如 绑定班级 3-2。`,
  link_not_your_class: (p: { name: string }) =>
    `只有 ${p.name} 班的班主任或图书管理员能关联这个班。老师请先私聊我，用教师码绑定。`,
  // settings
  settings_in_group: "设置只对你自己有效，请在私聊中发送“设置”。",
  settings_prompt: (p: { language: string; quiet: string; muted: string }) =>
    `当前设置\n语言：${p.language}\n免打扰时间：${p.quiet}\n已关闭的通知：${p.muted}\n要修改哪一项？`,
  settings_quiet_default: "学校默认",
  settings_list_sep: "、",
  settings_muted_none: "无",
  settings_choice_language: "语言",
  settings_choice_quiet: "免打扰时间",
  settings_choice_notices: "通知",
  settings_choice_done: "完成",
  settings_lang_zh: "中文",
  settings_lang_en: "English",
  settings_language_prompt: "请选择语言：",
  settings_locale_saved: "语言已设为中文。",
  settings_quiet_prompt: "免打扰时间内的通知会推迟到结束后再发。请选择：",
  settings_quiet_other: "自己填写",
  settings_quiet_ask: "请发送免打扰时间段，如 22:30-06:30：",
  settings_quiet_saved: (p: { quiet: string }) => `免打扰时间已设为：${p.quiet}。`,
  settings_notices_prompt: "选择一项可开关（逾期和预约到书通知始终开启，不能关闭）：",
  settings_notice_label: (p: { name: string; on: boolean }) => `${p.name}：${p.on ? "开" : "关"}`,
  settings_notice_saved: (p: { name: string; on: boolean }) =>
    `已${p.on ? "开启" : "关闭"}${p.name}。`,
  settings_back: "返回",
  settings_done: "设置已保存。",
  settings_unknown_locale: "不支持这种语言，请选择中文或 English。",
  settings_bad_quiet_hours: "免打扰时间的格式不对：请按 22:30-06:30 的样子发送，或从列表中选择。",
  settings_not_optional: "逾期和预约到书通知不能关闭。",
  notice_due_soon: "到期提醒",
  notice_new_books: "新书推荐",
  notice_activities: "活动通知",
  notice_rota: "排班通知",
  notice_figures: "每周借阅统计",
  notice_class_copy: "班级通知也私信我（关闭：只看班级群）",
  // suggest / purchase
  suggest_in_group: "建议和荐购请在私聊中发给我。",
  suggest_not_bound: "请先绑定再提建议：发送“绑定”加纸条上的绑定码。",
  suggest_ask_suggestion: (p: { max: number }) => `请写下你的建议（最多 ${p.max} 字）：`,
  suggest_ask_purchase: (p: { max: number }) =>
    `想让图书馆买哪本书？请写书名，最好加上作者或 ISBN（最多 ${p.max} 字）：`,
  suggest_thanks_suggestion: "谢谢你的建议！图书管理员会看到。",
  suggest_thanks_purchase: "谢谢推荐！图书管理员采购时会参考。",
  suggest_too_long: (p: { length: number; max: number }) =>
    `内容太长了：最多 ${p.max} 字，这次有 ${p.length} 字，没有保存。请精简后重新发送。`,
  suggest_empty: "内容是空的，没有保存。请在“建议”或“荐购”后面写上内容。",
  suggest_not_librarian: "只有图书管理员能查看建议箱。",
  suggest_list_empty: "建议箱里还没有内容。",
  suggest_list_title: (p: { count: number }) => `最新的 ${p.count} 条建议和荐购：`,
  suggest_list_item: (p: { n: number; kind: string; when: string; text: string }) =>
    `${p.n}. [${p.kind}] ${p.when}\n${p.text}`,
  suggest_kind_suggestion: "建议",
  suggest_kind_purchase: "荐购",
  // answering the box (librarian)
  answer_not_librarian: "只有图书管理员能答复建议和荐购。",
  answer_in_group: "请在私聊中答复建议。",
  answer_none_open: "没有待答复的建议或荐购。",
  answer_pick: "答复哪一条？",
  answer_item: (p: { id: number; kind: string; excerpt: string }) =>
    `#${p.id} ${p.kind}：${p.excerpt}`,
  answer_pick_answer: "怎么答复？",
  answer_accepted: "采纳",
  answer_ordered: "已订购",
  answer_not_possible: "无法办到",
  answer_ask_reply: (p: { max: number }) => `请写一句话告诉提交人（最多 ${p.max} 字）：`,
  answer_done: (p: { id: number }) => `已答复 #${p.id}，已私信告诉提交人。`,
  answer_done_untold: (p: { id: number }) => `已答复 #${p.id}；提交人的账号已不在，无法通知。`,
  answer_unknown_suggestion: "没有这一条建议，请发送“答复”从列表中选。",
  answer_not_purchase: "“已订购”只用于荐购；这是一条建议，请选“采纳”或“无法办到”。",
  answer_already_arrived: "这本荐购的书已经到馆并通知过提交人了。",
  answer_empty_reply: "答复是空的，没有保存。",
  answer_too_long: (p: { length: number; max: number }) =>
    `答复太长：最多 ${p.max} 字，这条有 ${p.length} 字。没有保存。`,
};
