/** Library cards and charges for lost or damaged books at the desk (zh). */
export const cardDeskZh = {
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
};
