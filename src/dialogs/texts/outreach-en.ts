/** Broadcasts and reading activities: the librarian's outreach (en). */
export const outreachEn = {
  // broadcast
  broadcast_librarian_only: "Only the librarian can send broadcasts. Please ask the librarian.",
  broadcast_ask_text: (p: { max: number }) =>
    `Type the broadcast text (at most ${p.max} characters):`,
  broadcast_text_too_long: (p: { max: number; length: number }) =>
    `That is ${p.length} characters, more than ${p.max}. Please shorten it and send it again.`,
  broadcast_add_titles: "Add recommended books?",
  broadcast_titles_add: "Add recommended books",
  broadcast_titles_skip: "No books",
  broadcast_ask_title: (p: { n: number; max: number }) =>
    `Type a title, author or pinyin to find a book (${p.n}/${p.max} chosen; send “done” to finish):`,
  broadcast_bad_query: "Type a title, author, pinyin or ISBN.",
  broadcast_no_hits: (p: { query: string }) => `Nothing found for “${p.query}”. Try other words.`,
  broadcast_pick_title: "Pick a book to recommend:",
  broadcast_none_of_these: "None of these, search again",
  broadcast_title_added: (p: { title: string; n: number; max: number }) =>
    `Added “${p.title}” (${p.n}/${p.max}).`,
  broadcast_title_already: (p: { title: string }) => `“${p.title}” is already on the list.`,
  broadcast_titles_full: (p: { max: number }) => `The list is full (${p.max} books).`,
  broadcast_titles_heading: "Recommended books:",
  broadcast_title_line: (p: { title: string; author: string }) =>
    p.author ? `“${p.title}” by ${p.author}` : `“${p.title}”`,
  broadcast_pick_audience: "Who should get it?",
  broadcast_aud_all: "Every linked account",
  broadcast_aud_role: "By role (parents/students/teachers)",
  broadcast_aud_grade: "A grade",
  broadcast_aud_class: "A class",
  broadcast_aud_groups: "Class group chats",
  broadcast_pick_role: "Choose a role:",
  broadcast_role_parents: "Parents",
  broadcast_role_students: "Students",
  broadcast_role_teachers: "Teachers",
  broadcast_pick_groups: "Which class groups?",
  broadcast_groups_all: "All class groups",
  broadcast_groups_grade: "The class groups of a grade",
  broadcast_groups_class: "One class's group",
  broadcast_desc_all: "every linked account",
  broadcast_desc_parents: "all parents",
  broadcast_desc_students: "all students",
  broadcast_desc_teachers: "all teachers",
  broadcast_desc_grade: (p: { grade: number }) =>
    `grade ${p.grade}'s pupils, parents and class teachers`,
  broadcast_desc_class: (p: { name: string }) =>
    `class ${p.name}'s pupils, parents and class teacher`,
  broadcast_desc_groups_all: "all class groups",
  broadcast_desc_groups_grade: (p: { grade: number }) => `the class groups of grade ${p.grade}`,
  broadcast_desc_groups_class: (p: { name: string }) => `the group of class ${p.name}`,
  broadcast_preview: (p: { message: string; audience: string; count: number }) =>
    `Preview:\n————————\n${p.message}\n————————\nTo: ${p.audience}, ${p.count} account(s)`,
  broadcast_confirm: "Send",
  broadcast_nobody: (p: { audience: string }) =>
    `Nobody in “${p.audience}” has linked an account yet, so there is no one to send to. Nothing was sent.`,
  broadcast_queued: (p: { count: number }) =>
    `Queued for ${p.count} account(s). You will get a delivery report later.`,
  broadcast_cancelled: "Cancelled. Nothing was sent.",
  broadcast_refused_empty_text: "The broadcast is empty. Send “broadcast” to write it again.",
  broadcast_refused_text_too_long:
    "The text with its book list is too long for one message. Shorten it and send “broadcast” again.",
  broadcast_refused_too_many_titles:
    "At most 5 recommended books. Send “broadcast” to start again.",
  broadcast_refused_unknown_title:
    "A chosen book has been removed from the catalogue. Send “broadcast” to start again.",
  broadcast_refused_unknown_class: "That class no longer exists. Send “broadcast” to choose again.",
  broadcast_refused_bad_audience: "That audience is not valid. Send “broadcast” to choose again.",
  // activity
  activity_librarian_only:
    "Only the librarian can create reading activities. Send “suggest …” to tell the librarian your idea.",
  activity_pick_kind: "Kind of activity:",
  activity_kind_reading_festival: "Reading festival",
  activity_kind_essay: "Essay contest",
  activity_kind_story_hour: "Story hour",
  activity_kind_other: "Other",
  activity_ask_name: (p: { max: number }) => `Name of the activity (at most ${p.max} characters):`,
  activity_name_too_long: (p: { max: number }) =>
    `That name is too long; keep it within ${p.max} characters.`,
  activity_ask_start: (p: { full: string; short: string }) =>
    `Start date (e.g. ${p.full} or ${p.short}):`,
  activity_ask_end: (p: { full: string; short: string }) =>
    `End date (e.g. ${p.full} or ${p.short}):`,
  activity_ask_deadline: (p: { full: string; short: string }) =>
    `Deadline (e.g. ${p.full} or ${p.short}):`,
  activity_bad_date: (p: { text: string; full: string; short: string }) =>
    `“${p.text}” is not a valid date. Type it like ${p.full} or ${p.short}.`,
  activity_which_year: (p: { text: string; thisYear: string; nextYear: string }) =>
    `Does “${p.text}” mean this year's ${p.thisYear} (already past) or next year's ${p.nextYear}?`,
  activity_year_this: (p: { date: string }) => `This year, ${p.date}`,
  activity_year_next: (p: { date: string }) => `Next year, ${p.date}`,
  activity_start_past: (p: { today: string }) => `The start cannot be before today (${p.today}).`,
  activity_end_before_start: (p: { start: string }) =>
    `The end cannot be before the start (${p.start}).`,
  activity_deadline_outside: (p: { start: string; end: string }) =>
    `The deadline must be between ${p.start} and ${p.end}.`,
  activity_deadline_q: "Set a deadline (e.g. for essay entries)?",
  activity_deadline_set: "Set a deadline",
  activity_deadline_none: "No deadline",
  activity_pick_audience: "Who is it for?",
  activity_aud_all: "The whole school",
  activity_aud_grade: "A grade",
  activity_aud_class: "A class",
  activity_desc_grade: (p: { grade: number }) => `grade ${p.grade}`,
  activity_desc_class: (p: { name: string }) => `class ${p.name}`,
  activity_preview: (p: {
    kind: string;
    name: string;
    start: string;
    end: string;
    deadline: string | null;
    audience: string;
  }) =>
    [
      "Activity preview:",
      `Kind: ${p.kind}`,
      `Name: ${p.name}`,
      `Dates: ${p.start} to ${p.end}`,
      ...(p.deadline ? [`Deadline: ${p.deadline}`] : []),
      `For: ${p.audience}`,
    ].join("\n"),
  activity_confirm: "Create",
  activity_created: (p: { name: string; start: string; audience: string }) =>
    `Created “${p.name}”. A notice goes to ${p.audience} before it starts (${p.start}).`,
  activity_cancelled: "Cancelled. No activity was created.",
  activity_refused_bad_kind: "That kind of activity is not valid. Send “activity” to start again.",
  activity_refused_bad_name: "The name is empty or too long. Send “activity” to start again.",
  activity_refused_bad_date: "A date is not valid. Send “activity” to start again.",
  activity_refused_starts_in_past: "The start date has passed. Send “activity” to start again.",
  activity_refused_ends_before_start:
    "The end is before the start. Send “activity” to start again.",
  activity_refused_deadline_outside:
    "The deadline is outside the activity's dates. Send “activity” to start again.",
  activity_refused_bad_audience: "That audience is not valid. Send “activity” to start again.",
  activity_refused_unknown_class: "That class no longer exists. Send “activity” to start again.",
};
