// The admin CLI's words in Chinese for outbox, backup, demo and export (texts-en-admin.ts
// must match).

/** What a checked SQLite backup holds (src/db/backup-repo.ts). */
interface BackupCounts {
  titles: number;
  copies: number;
  patrons: number;
  openLoans: number;
}

export const zhAdmin = {
  // outbox
  outboxHeader: "状态",
  outboxTotal: "合计",
  outboxStatus: {
    pending: "待发送",
    sending: "发送中",
    sent: "已送达",
    dead: "发送失败",
  } as Record<string, string>,
  outboxNewestDead: "最近发送失败的消息：",
  // migrate
  migrateApplied: (names: string[]) =>
    names.length === 0
      ? "数据库已是最新结构，没有要应用的迁移。"
      : `已应用 ${names.length} 个迁移：`,
  migrateStatus: (applied: number, pending: string[]) =>
    pending.length === 0
      ? `数据库结构是最新的（已应用 ${applied} 个迁移）。`
      : `已应用 ${applied} 个迁移，还有 ${pending.length} 个待应用（下次启动或 npm run db:deploy 时应用）：`,
  // demo
  demoNotEmpty:
    "数据库里已经有学校的数据（读者或图书），演示学校只能建在空数据库里。\n" +
    "运行 shuxiang demo --reset 会删除学校的数据并建立演示学校。",
  demoResetServed:
    "这个数据库是机器人在用的（配置了 TELEGRAM_BOT_TOKEN 或 WECHATY_PUPPET），demo --reset 不会删除它。\n" +
    "要试用演示学校，请换一个空的数据文件夹，例如：DATA_DIR=/tmp/书香演示 TELEGRAM_BOT_TOKEN= WECHATY_PUPPET= shuxiang demo",
  demoTooSmall: (students: number, titles: number) =>
    `演示学校至少需要 ${students} 名学生和 ${titles} 种书。`,
  demoBuilt: (seconds: string, term: string, from: string, to: string) =>
    `演示学校已建好，用时 ${seconds} 秒（学期 ${term}，${from} – ${to}）`,
  demoCounts: {
    classes: "班级",
    students: "学生",
    teachers: "教师",
    titles: "书目",
    copies: "册数",
    loans: "借阅",
    holds: "预约",
    members: "聊天账号",
  } as Record<string, string>,
  demoOpen: (n: number) => `（其中 ${n} 笔未还）`,
  demoConsole: "终端聊天：shuxiang chat --as parent|student|teacher|librarian|helper",
  // backup
  backupUsage: "请写明备份写到哪个文件，例如：shuxiang backup /srv/shuxiang/backups/2026-09-09.db",
  backupNoDatabase: (path: string) => `${path}（DATABASE_URL）没有数据库，无法备份。`,
  backupIsDatabase: "备份文件不能是数据库文件本身，请换一个文件名。",
  backupExists: (file: string) => `${file} 已经存在；备份从不覆盖已有的文件，请换一个文件名。`,
  backupCheckFailed: (why: string) => `备份副本没有通过检查（${why}），没有写入任何文件。`,
  backupWritten: (file: string, mib: string, c: BackupCounts) =>
    `备份已写入：${file}（${mib} MiB）：书目 ${c.titles} 种，馆藏 ${c.copies} 册，` +
    `读者 ${c.patrons} 人，未还借阅 ${c.openLoans} 笔。`,
  backupRestore: (db: string) =>
    `恢复方法：先停止机器人，再用这个文件覆盖 ${db}，并删除 ${db}-wal 和 ${db}-shm（如果有），然后启动机器人。`,
  pgDumpMissing: "PostgreSQL 的备份由 pg_dump 完成，这台机器没有安装 pg_dump。",
  pgDumpHow: "请安装 PostgreSQL 客户端工具，或在装有它的机器上运行：",
  pgDumpFailed: (error: string) => `pg_dump 出错，没有写入任何文件：\n${error}`,
  pgBackupWritten: (file: string, mib: string) =>
    `备份已写入：${file}（${mib} MiB，pg_dump 自定义格式）。`,
  pgRestore: (file: string) =>
    `恢复方法：先停止机器人，再运行 pg_restore --clean --dbname=<DATABASE_URL> ${file}`,
  // chat and health
  chatAsRoles: (roles: readonly string[]) => `--as 只能是其中之一：${roles.join("、")}`,
  demoCreated: "已创建演示学校。",
  noPlatform:
    "没有配置聊天平台（TELEGRAM_BOT_TOKEN 或 WECHATY_PUPPET），机器人没有启动。" +
    "作为服务运行（NODE_ENV=production）时，不会打开终端对话，也不会建立演示学校：请在环境文件里填好后再启动。",
  noArguments: (command: string) => `${command} 不需要参数。`,
  // export
  exportUsage: "请写明导出什么，例如：shuxiang export overdue 3-2",
  exportKinds: {
    overdue: "逾期名单",
    figures: "班级借阅统计",
    broadcast: "广播送达情况",
  } as Record<string, string>,
  exportWritten: (what: string, file: string, rows: number) =>
    `${what}已导出到 ${file}（${rows} 行）。`,
  unknownClass: (name: string) => `没有「${name}」这个班级。`,
  badWeek: (raw: string) => `--week 要写成 2026-09-07 这样的日期，不能是「${raw}」。`,
  broadcastNumber: (raw: string) => `广播编号要写一个整数，不能是「${raw}」。`,
  noSuchBroadcast: (id: number) => `没有第 ${id} 号广播。`,
};

export type CliAdminTexts = typeof zhAdmin;
