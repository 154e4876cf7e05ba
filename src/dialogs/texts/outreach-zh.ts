/** Broadcasts and reading activities: the librarian's outreach (zh). */
export const outreachZh = {
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
};
