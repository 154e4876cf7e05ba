/** zh-CN texts of scheduled notices (outbox messages built by src/jobs). */
export const noticesZh = {
  push_weekday: (p: { day: number }) =>
    ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][p.day - 1] ?? "",
  push_for: (p: { name: string }) => `【${p.name}】`,
  // daily reminders
  push_reminder_header: "书香图书馆提醒：",
  push_due_soon: (p: { title: string; due: string }) =>
    `《${p.title}》${p.due} 到期，请按时归还，或发送“续借”。`,
  push_overdue: (p: { title: string; due: string; days: number }) =>
    `《${p.title}》${p.due} 到期，已逾期 ${p.days} 天，请尽快归还。`,
  push_overdue_teacher_told: "已同时告知班主任。",
  push_suspended: (p: { name: string }) =>
    `${p.name} 的借书证已暂停借书（以停代金），逾期图书全部归还后自动恢复。`,
  push_class_overdue: (p: { className: string }) => `${p.className} 班逾期较久的图书：`,
  push_class_overdue_line: (p: { name: string; title: string; days: number }) =>
    `· ${p.name}《${p.title}》逾期 ${p.days} 天`,
  push_week_overdue: (p: { className: string; pupils: number; items: number }) =>
    `${p.className} 班本周逾期名单：${p.pupils} 人，${p.items} 本`,
  push_class_overdue_hint: "请提醒学生尽快归还。发送“逾期”查看全班名单。",
  // holds
  push_hold_ready: (p: { name: string; title: string; pickupBy: string }) =>
    `${p.name} 预约的《${p.title}》已到馆，请在 ${p.pickupBy} 前到图书馆领取。`,
  push_hold_last_day: (p: { name: string; title: string; pickupBy: string }) =>
    `${p.name} 预约的《${p.title}》请在 ${p.pickupBy} 前领取，过期将让给下一位读者。`,
  push_hold_expired: (p: { name: string; title: string }) =>
    `${p.name} 预约的《${p.title}》已过领取期限，预约已取消。需要时可以重新预约。`,
  push_holds_header: "预约提醒：",
  push_hold_moved: (p: { name: string; title: string; from: number; to: number }) =>
    `${p.name} 预约的《${p.title}》排队前进了：现在排第 ${p.to} 位（之前第 ${p.from} 位）。`,
  // weekly rota
  push_rota_header: (p: { week: number; monday: string }) =>
    `本周借阅安排（第 ${p.week} 周，${p.monday} 起）：`,
  push_rota_slot: (p: {
    day: string;
    date: string;
    start: string;
    end: string;
    className: string;
  }) => `${p.day} ${p.date} ${p.start}–${p.end} ${p.className} 班借阅`,
  push_rota_grade_day: (p: {
    day: string;
    date: string;
    start: string;
    end: string;
    grades: string;
  }) => `${p.day} ${p.date} ${p.start}–${p.end} ${p.grades} 年级开放日`,
  push_rota_every: (p: { classes: string }) => `${p.classes} 班每周到馆借阅。`,
  push_rota_alternate: (p: { classes: string; weeks: "odd" | "even"; week: number }) =>
    `${p.classes} 班${p.weeks === "odd" ? "单" : "双"}周到馆借阅（隔周一次），本周第 ${p.week} 周轮到。`,
  push_rota_off: (p: { className: string; weeks: "odd" | "even"; week: number }) =>
    `${p.className} 班${p.weeks === "odd" ? "单" : "双"}周到馆借阅（隔周一次），本周第 ${p.week} 周不轮到。下次：`,
  push_duty_header: "本周你的值日：",
  push_duty_line: (p: { day: string; date: string; start: string; end: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end}`,
  // weekly figures
  push_figures_header: (p: { from: string; to: string }) =>
    `本周借阅统计（${p.from} 至 ${p.to}）：`,
  push_figures_line: (p: {
    rank: number;
    className: string;
    loans: number;
    readers: number;
    perPupil: number;
    target: number;
    onTrack: boolean;
  }) =>
    `${p.rank}. ${p.className} 班：本周借出 ${p.loans} 本，${p.readers} 人借阅；本学期人均 ${p.perPupil} 本（目标 ${p.target}）${p.onTrack ? "✓" : "，需加油"}`,
  push_figures_top: "阳光阅读班级（本学期人均前三）：",
  push_figures_yours: "你的班级：",
  push_figures_group: (p: {
    className: string;
    from: string;
    to: string;
    loans: number;
    readers: number;
    termLoans: number;
    perPupil: number;
    target: number;
    onTrack: boolean;
    grade: number;
    gradeRank: number;
    gradeClasses: number;
  }) =>
    [
      `${p.className} 班本周借阅（${p.from} 至 ${p.to}）：借出 ${p.loans} 本，${p.readers} 人借阅。`,
      `本学期累计 ${p.termLoans} 本，人均 ${p.perPupil} 本（目标 ${p.target}）${p.onTrack ? "✓" : "，需加油"}。`,
      `在 ${p.grade} 年级 ${p.gradeClasses} 个班中排第 ${p.gradeRank}（按本学期人均）。`,
    ].join("\n"),
  chart_title: (p: { className: string; from: string; to: string }) =>
    `${p.className} 班借阅图表（${p.from} 至 ${p.to}）`,
  chart_bars: (p: { grade: number }) => `${p.grade} 年级各班本周借阅（本）`,
  chart_curve: (p: { className: string }) => `${p.className} 班本学期累计借阅（本，按周）`,
  chart_actual: "实际",
  chart_target: (p: { target: number }) => `目标 ${p.target} 本`,
  chart_file: (p: { className: string; from: string }) => `借阅图表-${p.className}-${p.from}.png`,
  chart_caption: (p: { className: string }) => `${p.className} 班借阅图表`,
  // activities
  push_activities_header: "阅读活动：",
  push_activity_start: (p: { name: string; startsOn: string; endsOn: string }) =>
    `「${p.name}」今天开始（${p.startsOn} 至 ${p.endsOn}），欢迎参加！`,
  push_activity_deadline: (p: { name: string; deadlineOn: string }) =>
    `「${p.name}」将于 ${p.deadlineOn} 截止提交，别错过。`,
  push_activity_description: (p: { text: string }) => `  ${p.text}`,
  // term-end recall
  push_recall_header: (p: { returnBy: string }) =>
    `期末催还：本学期即将结束，请在 ${p.returnBy} 前归还全部图书：`,
  push_recall_item: (p: { title: string; due: string }) => `· 《${p.title}》（${p.due} 到期）`,
  // broadcast report
  push_broadcast_report: (p: { id: number; at: string; sent: number; failed: number }) =>
    `广播 #${p.id}（${p.at}）发送完毕：成功 ${p.sent} 人，失败 ${p.failed} 人。`,
  push_broadcast_reason: (p: { reason: string; count: number }) => `· ${p.reason}：${p.count} 人`,
  // suggestion box
  push_suggestion_answer: (p: {
    kind: "suggestion" | "purchase";
    answer: "accepted" | "ordered" | "not_possible";
    reply: string;
    excerpt: string;
  }) =>
    `你的${p.kind === "purchase" ? "荐购" : "建议"}“${p.excerpt}”有答复了：${
      { accepted: "已采纳", ordered: "已订购", not_possible: "暂时无法办到" }[p.answer]
    }。${p.reply}`,
  push_purchase_arrived: (p: { title: string }) =>
    `新书到馆：你荐购的《${p.title}》已经到了，欢迎来借阅！发送“${p.title}”可以查在架情况或预约。`,
  // cards
  push_card_lost: (p: { name: string; cardNumber: string }) =>
    `挂失：${p.name} 的借书证 ${p.cardNumber} 已挂失并停用。补办请发送“补证 ${p.cardNumber}”。`,
};
