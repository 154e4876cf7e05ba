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
  // cards (挂失, 补证, 收证, 还证, 发证)
  card_lost_private: "挂失请在私聊中发给我。",
  card_lost_which: "哪个孩子的借书证丢了？",
  card_lost_confirm: (p: { name: string }) =>
    `确认挂失 ${p.name} 的借书证吗？挂失后这张证立即停用，借着的书不受影响。`,
  card_lost_yes: "确认挂失",
  card_lost_no: "不挂失",
  card_lost_done: (p: { name: string }) =>
    `已挂失 ${p.name} 的借书证，已通知图书管理员。请到图书馆补办新证，借着的书照常按期归还。`,
  card_lost_card_not_issued: (p: { name: string }) => `${p.name} 的借书证还没有发放，不用挂失。`,
  card_lost_card_left: (p: { name: string }) => `${p.name} 的借书证已注销，不用挂失。`,
  card_lost_already_lost: (p: { name: string }) => `${p.name} 的借书证已经挂失了，请到图书馆补办。`,
  card_lost_card_confiscated: (p: { name: string }) =>
    `${p.name} 的借书证在图书馆（已收回），不用挂失，请找图书管理员取回。`,
  card_desk_private: "借书证的办理请在私聊中进行。",
  card_desk_ask_card: "请发送借书证号：",
  card_desk_not_librarian: "只有图书管理员能办理借书证。",
  card_desk_unknown_card: "没有这个借书证号。",
  card_desk_card_not_issued: "这张借书证还没有发放；整班发证请发送“发证 班级”。",
  card_desk_card_left: "这位读者已离校，借书证已注销。",
  card_desk_bad_number: "新证号不能为空、不能有空格，最多 32 个字符。",
  card_desk_number_taken: "这个新证号已经有人用了，请换一个。",
  card_desk_already_confiscated: "这张借书证已经收回了。",
  card_desk_not_confiscated: "这张借书证没有被收回，不用归还。",
  card_state_active: "可以借书",
  card_state_suspended: "仍有逾期图书，暂停借书到书还回",
  card_reissued: (p: { name: string; cardNumber: string; state: string }) =>
    `已为 ${p.name} 补证，新证号 ${p.cardNumber}（${p.state}）。借阅记录和在借图书都已转到新证，旧证号作废。`,
  card_confiscated: (p: { name: string; cardNumber: string }) =>
    `已收回 ${p.name} 的借书证 ${p.cardNumber}，归还前不能借书。`,
  card_returned: (p: { name: string; cardNumber: string; state: string }) =>
    `已把借书证 ${p.cardNumber} 还给 ${p.name}（${p.state}）。`,
  card_issue_ask_class: "给哪个班发证？例如 1-1：",
  card_issue_unknown_class: (p: { className: string }) => `没有“${p.className}”这个班。`,
  card_issue_none_to_issue: (p: { className: string }) => `${p.className} 班没有待发的借书证。`,
  card_issue_done: (p: { className: string; issued: number }) =>
    `已为 ${p.className} 班发放 ${p.issued} 张借书证，现在可以借书了。`,
  desk_limit_reached: (p: { max: number }) => `这位读者已借满 ${p.max} 本，请先还书再借。`,
  desk_not_available: "这本书现在不能借出（已借出、遗失或已下架）。如果书在你手上，请先办理还书。",
  desk_held_for_other: "这本书已为另一位预约读者保留，不能借给这位读者；请放回预约架。",
  desk_not_on_loan: (p: { barcode: string }) =>
    `条码 ${p.barcode} 的书没有借出记录，不用办理还书，请直接放回书架。`,
  // broadcast
  broadcast_librarian_only: "广播只有图书管理员可以发送。需要通知大家，请联系图书管理员。",
  broadcast_ask_text: (p: { max: number }) => `请输入广播内容（最多 ${p.max} 字）：`,
  broadcast_text_too_long: (p: { max: number; length: number }) =>
    `内容有 ${p.length} 字，超过了 ${p.max} 字，请删减后重新发送。`,
  broadcast_add_titles: "要附上推荐书目吗？",
  broadcast_titles_add: "添加推荐书目",
  broadcast_titles_skip: "不附书目",
  broadcast_ask_title: (p: { n: number; max: number }) =>
    `输入书名、作者或拼音查找要推荐的书（已选 ${p.n}/${p.max}；发送“完成”结束添加）：`,
  broadcast_bad_query: "请输入书名、作者、拼音或 ISBN。",
  broadcast_no_hits: (p: { query: string }) => `没有找到“${p.query}”，换个词试试。`,
  broadcast_pick_title: "选一本加入推荐书目：",
  broadcast_none_of_these: "都不是，重新查找",
  broadcast_title_added: (p: { title: string; n: number; max: number }) =>
    `已添加《${p.title}》（${p.n}/${p.max}）。`,
  broadcast_title_already: (p: { title: string }) => `《${p.title}》已在书目中。`,
  broadcast_titles_full: (p: { max: number }) => `推荐书目已选满 ${p.max} 本。`,
  broadcast_titles_heading: "推荐书目：",
  broadcast_title_line: (p: { title: string; author: string }) =>
    p.author ? `《${p.title}》 ${p.author}` : `《${p.title}》`,
  broadcast_pick_audience: "发给谁？",
  broadcast_aud_all: "所有已绑定的账户",
  broadcast_aud_role: "按身份（家长/学生/老师）",
  broadcast_aud_grade: "某个年级",
  broadcast_aud_class: "某个班级",
  broadcast_aud_groups: "班级群",
  broadcast_pick_role: "选择身份：",
  broadcast_role_parents: "家长",
  broadcast_role_students: "学生",
  broadcast_role_teachers: "老师",
  broadcast_pick_groups: "发到哪些班级群？",
  broadcast_groups_all: "所有班级群",
  broadcast_groups_grade: "某个年级的班级群",
  broadcast_groups_class: "某个班的班级群",
  broadcast_desc_all: "所有已绑定的账户",
  broadcast_desc_parents: "全体家长",
  broadcast_desc_students: "全体学生",
  broadcast_desc_teachers: "全体老师",
  broadcast_desc_grade: (p: { grade: number }) => `${p.grade} 年级的学生、家长和班主任`,
  broadcast_desc_class: (p: { name: string }) => `${p.name} 班的学生、家长和班主任`,
  broadcast_desc_groups_all: "所有班级群",
  broadcast_desc_groups_grade: (p: { grade: number }) => `${p.grade} 年级的班级群`,
  broadcast_desc_groups_class: (p: { name: string }) => `${p.name} 班的班级群`,
  broadcast_preview: (p: { message: string; audience: string; count: number }) =>
    `预览：\n————————\n${p.message}\n————————\n发送对象：${p.audience}，共 ${p.count} 个账户`,
  broadcast_confirm: "确认发送",
  broadcast_nobody: (p: { audience: string }) =>
    `发送对象“${p.audience}”目前没有人绑定，没有可以发送的账户，什么也没有发送。`,
  broadcast_queued: (p: { count: number }) =>
    `已排队发送给 ${p.count} 个账户，送达报告稍后发给你。`,
  broadcast_cancelled: "已取消，没有发送任何消息。",
  broadcast_refused_empty_text: "广播内容是空的，请重新发送“广播”编写。",
  broadcast_refused_text_too_long: "广播内容加上书目太长，一条消息放不下。请缩短后重新发送“广播”。",
  broadcast_refused_too_many_titles: "推荐书目最多 5 本，请重新发送“广播”编写。",
  broadcast_refused_unknown_title: "所选的书已从书目中删除，请重新发送“广播”编写。",
  broadcast_refused_unknown_class: "这个班级已不存在，请重新发送“广播”选择。",
  broadcast_refused_bad_audience: "发送对象有误，请重新发送“广播”选择。",
  // activity
  activity_librarian_only:
    "创建阅读活动需要图书管理员权限。有活动想法可以发送“建议 …”告诉图书管理员。",
  activity_pick_kind: "活动类型：",
  activity_kind_reading_festival: "读书节",
  activity_kind_essay: "征文",
  activity_kind_story_hour: "故事会",
  activity_kind_other: "其他活动",
  activity_ask_name: (p: { max: number }) => `活动名称（最多 ${p.max} 字）：`,
  activity_name_too_long: (p: { max: number }) => `名称太长了，请控制在 ${p.max} 字以内。`,
  activity_ask_start: (p: { full: string; short: string }) =>
    `开始日期（如 ${p.full} 或 ${p.short}）：`,
  activity_ask_end: (p: { full: string; short: string }) =>
    `结束日期（如 ${p.full} 或 ${p.short}）：`,
  activity_ask_deadline: (p: { full: string; short: string }) =>
    `截止日期（如 ${p.full} 或 ${p.short}）：`,
  activity_bad_date: (p: { text: string; full: string; short: string }) =>
    `“${p.text}”不是有效的日期，请按 ${p.full} 或 ${p.short} 这样的格式输入。`,
  activity_which_year: (p: { text: string; thisYear: string; nextYear: string }) =>
    `“${p.text}”是指今年的 ${p.thisYear}（已过去）还是明年的 ${p.nextYear}？`,
  activity_year_this: (p: { date: string }) => `今年 ${p.date}`,
  activity_year_next: (p: { date: string }) => `明年 ${p.date}`,
  activity_start_past: (p: { today: string }) => `开始日期不能早于今天（${p.today}）。`,
  activity_end_before_start: (p: { start: string }) => `结束日期不能早于开始日期（${p.start}）。`,
  activity_deadline_outside: (p: { start: string; end: string }) =>
    `截止日期要在 ${p.start} 到 ${p.end} 之间。`,
  activity_deadline_q: "要设置截止日期（如征文交稿日）吗？",
  activity_deadline_set: "设置截止日期",
  activity_deadline_none: "不设截止日期",
  activity_pick_audience: "活动面向谁？",
  activity_aud_all: "全校",
  activity_aud_grade: "某个年级",
  activity_aud_class: "某个班级",
  activity_desc_grade: (p: { grade: number }) => `${p.grade} 年级`,
  activity_desc_class: (p: { name: string }) => `${p.name} 班`,
  activity_preview: (p: {
    kind: string;
    name: string;
    start: string;
    end: string;
    deadline: string | null;
    audience: string;
  }) =>
    [
      "活动预览：",
      `类型：${p.kind}`,
      `名称：${p.name}`,
      `日期：${p.start} 至 ${p.end}`,
      ...(p.deadline ? [`截止：${p.deadline}`] : []),
      `对象：${p.audience}`,
    ].join("\n"),
  activity_confirm: "确认创建",
  activity_created: (p: { name: string; start: string; audience: string }) =>
    `已创建活动“${p.name}”。将在开始前（${p.start}）向${p.audience}推送通知。`,
  activity_cancelled: "已取消，没有创建活动。",
  activity_refused_bad_kind: "活动类型有误，请重新发送“活动”。",
  activity_refused_bad_name: "活动名称不能为空，也不能太长，请重新发送“活动”。",
  activity_refused_bad_date: "日期有误，请重新发送“活动”。",
  activity_refused_starts_in_past: "开始日期已经过了，请重新发送“活动”。",
  activity_refused_ends_before_start: "结束日期早于开始日期，请重新发送“活动”。",
  activity_refused_deadline_outside: "截止日期不在活动期间内，请重新发送“活动”。",
  activity_refused_bad_audience: "活动对象有误，请重新发送“活动”。",
  activity_refused_unknown_class: "这个班级已不存在，请重新发送“活动”。",
  // lost and damaged books, charges (librarian)
  charge_librarian_only: "登记丢失、损坏和赔偿只有图书管理员可以办理。",
  charge_ask_barcode_lost: "请扫描丢失的书的条码（可以在条码后写赔偿金额，例如：丢失 A0001 25）：",
  charge_ask_barcode_damaged:
    "请扫描损坏的书的条码（可以在条码后写赔偿金额，例如：损坏 A0001 12.5）：",
  charge_bad_amount: (p: { text: string }) =>
    `“${p.text}”不是金额。请写多少元，例如 12 或 12.5；能修好、不收费写 0。`,
  charge_not_on_loan: (p: { barcode: string }) =>
    `条码 ${p.barcode} 的书现在没有借出，不能记在读者名下。书在架上损坏请直接下架处理。`,
  charge_lost_done: (p: { title: string; amount: string; id: number }) =>
    `已登记丢失：《${p.title}》，应赔偿 ${p.amount}（赔偿单 #${p.id}）。收款或免赔后发送“赔偿”登记。`,
  charge_lost_free: (p: { title: string }) => `已登记丢失：《${p.title}》，不收费。`,
  charge_ask_amount: "这本书没有登记价格。请输入赔偿金额（元），例如 25；不收费写 0：",
  charge_damaged_done: (p: { title: string; amount: string; id: number }) =>
    `已登记损坏：《${p.title}》，赔偿 ${p.amount}（赔偿单 #${p.id}）。收款或免赔后发送“赔偿”登记。`,
  charge_damaged_free: (p: { title: string }) => `已登记损坏：《${p.title}》，可以修好，不收费。`,
  charges_none: "目前没有待处理的赔偿。",
  charges_pick: (p: { count: number }) => `待处理的赔偿共 ${p.count} 笔，选择一笔登记收款或免赔：`,
  charges_label: (p: {
    id: number;
    name: string;
    className: string;
    title: string;
    amount: string;
    lost: boolean;
  }) =>
    `#${p.id} ${p.name}${p.className ? `（${p.className}）` : ""}《${p.title}》${p.lost ? "丢失" : "损坏"} ${p.amount}`,
  charges_settle: (p: { label: string }) => `${p.label}\n已收到赔款，还是免赔？`,
  charges_paid_choice: "已收款",
  charges_waive_choice: "免赔",
  charges_back_choice: "返回",
  charges_paid: (p: { id: number }) => `赔偿单 #${p.id} 已登记收款。`,
  charges_waived: (p: { id: number }) => `赔偿单 #${p.id} 已登记免赔。`,
  charges_not_open: (p: { id: number }) => `赔偿单 #${p.id} 已经登记过了，没有改动。`,
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
