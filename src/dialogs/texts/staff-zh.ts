/** zh-CN texts of the staff dialogs (merged into the zh-CN table in zh-CN.ts). */
export const staffZh = {
  // shared
  staff_need_binding:
    "请先绑定：家长发送“绑定 家长码”，学生发送“绑定 学生码”，老师发送“绑定 教师码”（码在图书馆发的纸条上）。",
  staff_weekday: (p: { day: number }) =>
    ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][p.day - 1] ?? "",
  staff_no_classes: "学校还没有班级，请先导入名单（shuxiang import roster）。",
  staff_pick_grade: "选择年级：",
  staff_grade_label: (p: { grade: number }) => `${p.grade} 年级`,
  staff_pick_class: "选择班级：",
  staff_class_label: (p: { name: string }) => `${p.name} 班`,
  staff_confirm: "确认",
  staff_cancel: "取消",
  // overdue
  overdue_group_refused: "逾期名单只在私聊中发给老师。老师请私聊我发送“逾期”。",
  class_not_a_class: (p: { name: string; mine: string }) =>
    `“${p.name}”不是班级名，请按 3-1 或 三年一班 的样子发送${p.mine ? `（你可以查看：${p.mine}）` : ""}。`,
  class_no_such_class: (p: { name: string; mine: string }) =>
    `学校没有 ${p.name} 班${p.mine ? `；你可以查看：${p.mine}` : ""}。`,
  class_not_your_class: (p: { name: string; mine: string }) =>
    `${p.name} 不是你的班级，只能查看自己班级的名单${p.mine ? `（${p.mine}）` : ""}。`,
  overdue_not_your_class: "你只能查看自己班级的逾期名单。",
  overdue_no_such_class: "这个班级已不存在，请重新发送“逾期”。",
  overdue_class_header: (p: { className: string; pupils: number; items: number }) =>
    `${p.className} 班逾期：${p.pupils} 人，${p.items} 本`,
  overdue_class_none: (p: { className: string }) => `${p.className} 班目前没有逾期的书。`,
  overdue_pupil: (p: { name: string }) => `· ${p.name}`,
  overdue_item: (p: {
    title: string;
    barcode: string;
    due: string;
    days: number;
    stopped: boolean;
  }) =>
    `  《${p.title}》（${p.barcode}）${p.due} 到期，逾期 ${p.days} 天${p.stopped ? "，已停借" : ""}`,
  overdue_mine_header: "逾期未还的书：",
  overdue_mine_none: "目前没有逾期的书。",
  overdue_mine_hint: (p: { days: number }) =>
    `请尽快到图书馆归还。逾期 ${p.days} 天起暂停借书（以停代金），全部还清后自动恢复。`,
  overdue_name_class: "要看某个班的逾期名单，发送班级名（如 3-1）。",
  overdue_pick_class: "要看哪个班的逾期名单？",
  overdue_all_classes: (p: { items: number }) => `全部班级（${p.items} 本）`,
  overdue_class_choice: (p: { className: string; pupils: number; items: number }) =>
    `${p.className}（${p.pupils} 人，${p.items} 本）`,
  overdue_school_none: "全校目前没有逾期的书。",
  // rota and duty
  rota_header: (p: { week: number; monday: string }) =>
    `本周借阅安排（第 ${p.week} 周，${p.monday} 起）：`,
  rota_slot: (p: { day: string; date: string; start: string; end: string; className: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end} ${p.className} 班借阅`,
  rota_grade_day: (p: {
    day: string;
    date: string;
    start: string;
    end: string;
    grades: number[];
  }) => `${p.day} ${p.date} ${p.start}–${p.end} ${p.grades.join("、")} 年级开放日`,
  rota_none: "本周没有排到借阅时间。",
  rota_group_unlinked: "本群还没有关联班级。班主任可以在群里发送“绑定班级 3-2”关联本班。",
  rota_name_class: "要看某个班的安排，发送班级名（如 3-1）。",
  rota_duty_hint: "你的值日安排请发送“值日”。",
  duty_header: "本周你的值日：",
  duty_all_header: "本周值日安排：",
  duty_line: (p: { day: string; date: string; start: string; end: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end}`,
  duty_line_named: (p: { day: string; date: string; start: string; end: string; name: string }) =>
    `${p.day} ${p.date} ${p.start}–${p.end} ${p.name}`,
  duty_now: "你现在在值日，可以发送“借 借书证号 条码”或“还 条码”办理借还。",
  duty_none_mine: "本周没有你的值日。",
  duty_none: "本周没有值日安排。",
  duty_assign: "安排值日",
  duty_done: "结束",
  duty_assign_ask_card: "请输入小管的借书证号：",
  duty_assign_pick_day: "每周哪一天值日？",
  duty_assign_ask_time: "值日时间（如 12:00-12:40）：",
  duty_assign_bad_time: "时间请按 12:00-12:40 这样的格式输入，开始早于结束。",
  duty_assign_done: (p: { name: string; day: string; start: string; end: string }) =>
    `已给 ${p.name} 安排值日：每${p.day} ${p.start}–${p.end}。值日时他可以在柜台借还书。`,
  duty_assign_librarian_only: "安排值日只有图书管理员可以办理。",
  duty_assign_unknown_card: (p: { card: string }) => `找不到借书证号 ${p.card}。`,
  duty_assign_not_a_helper: (p: { card: string }) =>
    `借书证 ${p.card} 的学生还不是小管。请先发送“小管 ${p.card}”。`,
  duty_assign_card_inactive: (p: { card: string }) =>
    `借书证 ${p.card} 现在不能使用（已暂停、注销或挂失），不能安排值日。`,
  duty_assign_already: "这位小管在这一天的这个时间已经有值日了。",
  duty_remove: "移除值日",
  duty_remove_none: "现在没有任何值日安排，没有可移除的。",
  duty_remove_pick: "要移除哪一个值日？",
  duty_shift_label: (p: { name: string; day: string; start: string; end: string }) =>
    `${p.name} · 每${p.day} ${p.start}–${p.end}`,
  duty_remove_sure: (p: { shift: string }) => `确认移除这个值日吗？\n${p.shift}`,
  duty_remove_confirm: "确认移除",
  duty_remove_kept: "好的，值日没有改动。",
  duty_remove_done: (p: { shift: string }) =>
    `已移除值日：${p.shift}。从现在起这段时间他不能再在柜台借还书。`,
  duty_remove_gone: "这个值日已经不在了（可能刚被移除），没有改动。请重新发送“值日”查看。",
  duty_not_student_librarian:
    "值日是小管（学生图书管理员）的排班。想当小管请联系图书管理员；班级借阅时间请发送“排班”。",
  // desk: checkout and return
  desk_not_staff: "借还书只能由图书管理员或正在值日的小管办理。",
  desk_off_duty: "你现在不在值日时间，借还书只能在值日时办理。",
  desk_ask_card: "请扫描或输入借书证号（也可以连同条码一起发送）：",
  desk_ask_barcode: "请扫描图书条码：",
  desk_not_a_code: (p: { text: string }) =>
    `“${p.text}”不像借书证号或条码（只含字母、数字和短横线）。请重新扫描，或发送“结束”。`,
  desk_checked_out: (p: { title: string; due: string }) => `已借出：《${p.title}》，到期 ${p.due}`,
  desk_hold_passed_on: "这位读者在预约架上的另一本已转给下一位预约读者。",
  desk_returned: (p: { title: string }) => `已还：《${p.title}》`,
  desk_returned_late: (p: { days: number }) => `逾期 ${p.days} 天`,
  desk_returned_hold: (p: { pickupBy: string }) =>
    `已为下一位预约读者保留（取书截止 ${p.pickupBy}），请放到预约架上`,
  desk_sep: "，",
  desk_returned_unsuspended: "借书证已恢复",
  desk_next_checkout:
    "继续借书：扫描这位读者的下一本书的条码，或扫描下一位的借书证号（发送“还”改为还书，“结束”退出）。",
  desk_same_reader: (p: { card: string; barcode: string }) =>
    `条码 ${p.barcode} 借给同一位读者（${p.card}）。`,
  desk_next_return: "继续还书：请扫描下一本的条码（发送“借”改为借书，“结束”退出）。",
  desk_finished: (p: { count: number }) =>
    p.count === 0 ? "已结束。" : `已结束，本次共办理 ${p.count} 笔。`,
  desk_loop_limit: "这一轮已办理了很多笔。请重新发送“借”或“还”继续。",
  desk_unknown_card: (p: { card: string }) => `找不到借书证号 ${p.card}，请核对后重新扫描。`,
  desk_unknown_copy: (p: { barcode: string }) => `找不到条码 ${p.barcode} 的书，请核对后重新扫描。`,
  desk_reference_only: "这是工具书，只能在馆内阅读，不能借出。",
  desk_card_not_issued: "这位读者的借书证还没有发放，暂时不能借书（可以在馆内阅读）。",
  desk_suspended: "这位读者有逾期未还的书，借书证已暂停（以停代金）；还清逾期的书后自动恢复。",
  desk_card_left: "这位读者已离校，借书证已停用，不能借书。",
  desk_card_blocked: "这张借书证已挂失或已收回，不能借书。挂失的请补办新证（补证）。",
  // stats
  stats_private: "统计请在私聊中查看。",
  stats_not_allowed: "借阅统计只对班主任和图书管理员开放。",
  stats_no_classes: "还没有班级，导入名单后就有统计了。",
  stats_overdue: (p: { classes: number; pupils: number; items: number }) =>
    p.items === 0
      ? "今天没有逾期的书。"
      : `今天逾期：${p.items} 本，${p.pupils} 人，${p.classes} 个班。发送“逾期”查看名单。`,
  // student librarians (小管)
  helper_librarian_only: "设置小管只有图书管理员可以办理。",
  helper_ask_card: "请输入学生的借书证号：",
  helper_not_a_student: (p: { card: string }) => `借书证 ${p.card} 不是学生，只有学生可以当小管。`,
  helper_granted: (p: { card: string }) =>
    `借书证 ${p.card} 的学生已设为小管。发送“值日”→“安排值日”给他安排值日，值日时就能在柜台借还书。`,
  helper_revoked: (p: { card: string }) => `借书证 ${p.card} 的学生已不再是小管。`,
};
