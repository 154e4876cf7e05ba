/** zh-CN texts of the reader dialogs (merged into the zh-CN table in zh-CN.ts). */
export const readerZh = {
  // who may ask
  reader_need_binding:
    "你还没有绑定读者。请发送“绑定 + 绑定码”（码印在学校发的绑定条上：家长用家长码，学生用学生码）。",
  reader_private_mine: "借阅信息属于个人信息，只在私聊中显示。请私聊我发送“我的”。",
  reader_private_renew: "续借只能在私聊中办理。请私聊我发送“续借”。",
  reader_private_reserve: "预约只能在私聊中办理。请私聊我发送“预约 书名”。",
  reader_private_unreserve: "取消预约只能在私聊中办理。请私聊我发送“取消预约”。",
  // a title in a list
  reader_hit_shelf: (p: { onShelf: number; copies: number }) => `在架 ${p.onShelf}/${p.copies}`,
  reader_hit_no_copies: "暂无馆藏",
  reader_hit_queued: (p: { n: number }) => `${p.n} 人排队`,
  reader_hit_reference: "仅限馆内阅读",
  reader_grades: (p: { min: number; max: number }) =>
    p.min <= 1 && p.max >= 12
      ? "各年级"
      : p.min === p.max
        ? `${p.min}年级`
        : `${p.min}–${p.max}年级`,
  // search
  reader_search_ask: "要找什么书？请发送书名、作者、ISBN 或拼音（如 xiyouji 或 xyj）。",
  reader_search_bad_query: "没法按这段文字搜索。请发送书名、作者、ISBN 或拼音，不超过 100 个字。",
  guess_greeting: "你好！我是书香，学校图书馆的助手。发送“帮助”看看我能做什么，或直接发书名查书。",
  guess_tiny: "这几个字我看不太懂 🙂 发送“帮助”看看我能做什么，或发送书名、作者查书。",
  guess_help_hint: "发送“帮助”看看我能做什么。",
  guess_did_you_mean: (p: { words: string }) => `你是想${p.words}吗？点一下或回复数字：`,
  guess_none: "都不是",
  reader_search_none: (p: { query: string }) =>
    `没有找到与“${p.query}”相关的书。可以试试拼音（如 xiyouji）或首字母（如 xyj），或只输入书名里的两三个字。`,
  reader_search_found: (p: { total: number; shown: number }) =>
    p.total > p.shown
      ? `找到 ${p.total} 本，列出最相关的 ${p.shown} 本（换个更具体的词可以缩小范围）。回复数字看详情，或发送新的搜索词：`
      : `找到 ${p.total} 本。回复数字看详情，或发送新的搜索词：`,
  reader_reserve_found: (p: { total: number; shown: number }) =>
    p.total > p.shown
      ? `找到 ${p.total} 本，列出最相关的 ${p.shown} 本。要预约哪一本？`
      : `找到 ${p.total} 本。要预约哪一本？`,
  // details of a title
  reader_detail_title: (p: { title: string; author: string }) =>
    p.author ? `《${p.title}》 ${p.author}` : `《${p.title}》`,
  reader_detail_published: (p: { publisher: string; year: string }) =>
    `出版：${[p.publisher, p.year].filter(Boolean).join("，")}`,
  reader_detail_isbn: (p: { isbn: string }) => `ISBN：${p.isbn}`,
  reader_detail_place: (p: { callNumber: string; location: string }) =>
    [p.callNumber && `索书号：${p.callNumber}`, p.location && `位置：${p.location}`]
      .filter(Boolean)
      .join(" · "),
  reader_detail_shelf: (p: { onShelf: number; copies: number; queued: number }) =>
    `在架 ${p.onShelf} 本，共 ${p.copies} 本` + (p.queued > 0 ? `，${p.queued} 人在排队` : ""),
  reader_detail_grades: (p: { grades: string }) => `适读：${p.grades}`,
  reader_detail_reference: "工具书：仅限馆内阅读，不外借，也不能预约。",
  reader_detail_come_borrow: "书架上有，直接来图书馆借吧。",
  reader_detail_reserve_private: "想预约的话，请私聊我发送“预约 书名”。",
  reader_detail_reserve_bind: "绑定读者后就可以预约：发送“绑定 + 绑定码”。",
  reader_detail_prompt: "接下来？",
  reader_action_reserve: "预约这本书",
  reader_action_back: "返回结果列表",
  // placing a hold
  reader_hold_which_child: "为哪个孩子预约？",
  reader_hold_placed: (p: { name: string; title: string; position: number }) =>
    `已为${p.name}预约《${p.title}》，现在排第 ${p.position} 位。书到馆后会通知你。`,
  reader_hold_not_yours: "只能为自己或已绑定的孩子预约。",
  reader_hold_unknown_title: "这本书已不在书目中，请重新搜索。",
  reader_hold_card_not_issued: (p: { name: string }) =>
    `${p.name}的借书证还没有发放，暂时不能预约；发证前可以在图书馆里阅读。`,
  reader_hold_suspended: (p: { name: string }) =>
    `${p.name}的借书证因逾期已暂停，暂时不能预约。把逾期的书都还回来后会自动恢复。`,
  reader_hold_card_left: (p: { name: string }) =>
    `${p.name}的借书证已注销（已离校），不能预约。如有疑问请联系图书管理员。`,
  reader_hold_card_blocked: (p: { name: string }) =>
    `${p.name}的借书证已挂失或由图书馆收回，暂时不能预约。请找图书管理员补办或取回。`,
  reader_hold_no_copies:
    "图书馆暂时没有这本书可借（馆藏已遗失或下架），预约也等不到。可以发送“荐购 书名”请图书馆补购。",
  reader_hold_reference_only: "工具书仅限馆内阅读，不能预约或外借。",
  reader_hold_on_shelf: (p: { callNumber: string; location: string }) =>
    "书架上有，直接来借！" +
    [p.callNumber && `索书号 ${p.callNumber}`, p.location && `在${p.location}`]
      .filter(Boolean)
      .join("，") +
    (p.callNumber || p.location ? "。" : ""),
  reader_hold_already_on_loan: (p: { name: string }) => `${p.name}正借着这本书，不需要预约。`,
  reader_hold_already_held: (p: { name: string }) =>
    `${p.name}已经预约了这本书。发送“我的”可以看排队位置。`,
  reader_hold_too_many_holds: (p: { name: string }) =>
    `${p.name}的预约数已到上限。等预约的书取走，或发送“取消预约”取消一个，再来预约。`,
  // holds in a list
  reader_hold_queued: (p: { position: number }) => `排第 ${p.position} 位`,
  reader_hold_ready: (p: { pickupBy: string }) => `已到馆，请在 ${p.pickupBy} 前取书`,
  reader_hold_label: (p: { title: string; state: string }) => `${p.title} · ${p.state}`,
  reader_reserve_holds: "你的预约：",
  reader_reserve_menu: "要取消哪个预约，还是预约一本新书？",
  reader_reserve_cancel_label: (p: { hold: string }) => `取消：${p.hold}`,
  reader_reserve_new: "预约一本新书",
  reader_reserve_ask: "要预约哪本书？请发送书名、作者或拼音。",
  reader_unreserve_none: "目前没有进行中的预约。想预约的话，发送“预约 书名”。",
  reader_unreserve_prompt: "要取消哪个预约？",
  reader_unreserve_done: (p: { title: string }) => `已取消《${p.title}》的预约。`,
  reader_unreserve_not_yours: "这个预约不在你的名下，不能取消。",
  reader_unreserve_not_active: "这个预约已经结束（已取书、已取消或已过期），不用再取消。",
  // mine
  reader_mine_header: (p: { name: string; className: string }) =>
    p.className ? `${p.name}（${p.className}）` : p.name,
  reader_mine_owed: (p: { amount: string }) =>
    `待赔偿 ${p.amount}（丢失或损坏的书），请到图书馆办理。`,
  reader_card_suspended: "借书证已暂停：把逾期的书都还回来后恢复。",
  reader_card_not_issued: "借书证还没有发放（可以先在馆内阅读）。",
  reader_card_left: "借书证已注销。",
  reader_card_lost: "借书证已挂失，请找图书管理员补办。",
  reader_card_confiscated: "借书证已由图书馆收回，请找图书管理员取回。",
  reader_mine_loan: (p: { title: string; due: string; days: number; renew: string }) =>
    `· 《${p.title}》到期 ${p.due}（` +
    (p.days > 0 ? `还剩 ${p.days} 天` : p.days === 0 ? "今天到期" : `逾期 ${-p.days} 天`) +
    `，${p.renew}）`,
  reader_mine_renew_left: (p: { n: number }) => `可续借 ${p.n} 次`,
  reader_mine_renew_from: (p: { from: string }) => `${p.from} 起可续借`,
  reader_mine_renew_overdue: "不能续借，请尽快归还",
  reader_mine_renew_on_hold: "有人在等这本书，不能续借",
  reader_mine_renew_used_up: "不能再续借",
  reader_mine_renew_card: "借书证现在不能续借",
  reader_mine_hold: (p: { title: string; state: string }) => `· 预约《${p.title}》：${p.state}`,
  reader_mine_empty_one: "· 没有在借的书，也没有预约。",
  reader_mine_nothing: "目前没有在借的书，也没有预约。直接发送书名就可以搜索。",
  reader_mine_hint: "续借请发送“续借”，取消预约请发送“取消预约”。",
  // renew
  reader_renew_none: "目前没有在借的书，不需要续借。",
  reader_renew_prompt: "续借哪一本？",
  reader_renew_blocked: "暂时不能续借：",
  reader_renew_blocked_line: (p: { name: string; title: string; reason: string }) =>
    `· ${p.name ? `${p.name} · ` : ""}《${p.title}》：${p.reason}`,
  reader_renew_nothing_open: "目前没有可以续借的书。",
  reader_renew_label: (p: { name: string; title: string; due: string }) =>
    p.name ? `${p.name} · ${p.title} · 到期 ${p.due}` : `${p.title} · 到期 ${p.due}`,
  reader_renew_all: "全部续借",
  reader_renew_done: (p: { title: string; due: string }) =>
    `《${p.title}》已续借，新的到期日是 ${p.due}。`,
  reader_renew_failed: (p: { title: string; reason: string }) =>
    `《${p.title}》没能续借：${p.reason}`,
  reader_renew_results: "续借结果：",
  reader_renew_on_hold: "另一位读者在等这本书，不能续借。请按时归还。",
  reader_renew_too_many: "续借次数已经用完。请按时归还；还想读的话，还书后可以再借。",
  reader_renew_overdue: (p: { days: number }) =>
    `这本书已经逾期 ${p.days} 天，不能续借。请尽快归还。`,
  reader_renew_card_left: "借书证已注销（已离校），不能续借。请把书还回图书馆。",
  reader_renew_card_blocked: "借书证已挂失或由图书馆收回，不能续借。请找图书管理员。",
  reader_renew_suspended: "借书证已暂停，不能续借。把逾期的书都还回来后会恢复。",
  reader_renew_card_not_issued: "借书证还没有发放，不能续借。请联系图书管理员。",
  reader_renew_not_yours: "这笔借阅已不在你的名下（可能已经归还）。发送“我的”看最新情况。",
  reader_renew_too_soon: (p: { from: string }) => `离到期还早，${p.from} 起才能续借。`,
  // what's new
  reader_new_none: (p: { days: number }) => `最近 ${p.days} 天没有新书。`,
  reader_new_header: (p: { days: number; total: number; shown: number }) =>
    `最近 ${p.days} 天的新书，共 ${p.total} 本，标【推荐】的是图书管理员推荐的，排在前面` +
    (p.total > p.shown ? `（列出前 ${p.shown} 本）：` : "："),
  reader_new_line: (p: { recommended: boolean; line: string }) =>
    `· ${p.recommended ? "【推荐】" : ""}${p.line}`,
};
