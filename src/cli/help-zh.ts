// `shuxiang --help` and `shuxiang COMMAND --help` in Chinese (help-en.ts must match).

export const helpZh = {
  title: "书香图书馆机器人的管理命令。用法：shuxiang <命令> [选项]",
  commandsTitle: "命令：",
  optionsTitle: "选项：",
  commonTitle: "所有命令都可以加：",
  common: {
    "--lang zh|en": "界面语言（默认跟随学校的 DEFAULT_LOCALE，即中文）",
    "-h, --help": "显示帮助",
  },
  more: "运行 shuxiang <命令> --help 查看某个命令的用法。不带命令运行 shuxiang 则启动机器人。",
  commands: {
    import: {
      usage: "shuxiang import catalog|roster|rota 文件 [--dry-run] [--progress]",
      summary: "导入馆藏目录、读者名单或排班表（CSV 或 .xlsx，中文或英文列名）",
      details:
        "CSV 可以是 UTF-8 或 GBK（Excel 在中文 Windows 上的默认格式）。" +
        "按条码、借书证号更新已有的数据；有问题的行会写明行号和原因并跳过。",
      options: {
        "--dry-run": "只检查文件并报告结果，不写入任何数据",
        "--progress": "显示进度（在终端里运行时默认显示）",
      } as Record<string, string>,
    },
    codes: {
      usage:
        "shuxiang codes 班级|--teachers|--librarian|--card 借书证号 [--html 文件] [--out 文件] [--reissue]",
      summary: "生成绑定码纸条（家长、学生、教师、馆员绑定聊天账号用）",
      details:
        "已发放的绑定码还有效时不会重新发放（已打印的纸条仍可使用）；加 --reissue 才作废它们并重新发放。",
      options: {
        "--teachers": "为所有教师生成",
        "--librarian": "为馆员生成",
        "--card 借书证号": "只为一个学生或教师生成（补一张丢失的纸条，或给新来的学生）",
        "--html 文件":
          "写一页可打印的 A4 纸条（每页 8 张，带剪切线；配置了 Telegram 机器人时带二维码）",
        "--out 文件": "把文字版纸条写入文件而不是显示在屏幕上",
        "--reissue": "作废仍有效的绑定码并重新发放（已打印的纸条随之失效）",
        "--bot 用户名": "二维码里的 Telegram 机器人用户名（不写则用 getMe 向 Telegram 查询）",
      } as Record<string, string>,
    },
    export: {
      usage:
        "shuxiang export overdue [班级] | export figures [--week 日期] | export broadcast 编号 [--out 文件]",
      summary: "导出 Excel 表格：逾期名单、每周班级借阅统计、广播送达情况",
      details: "不写 --out 时，文件保存在当前文件夹，文件名带日期，例如 逾期名单-2026-09-09.xlsx。",
      options: {
        "--week 日期": "figures：统计哪一周（这一周里的任意一天，默认本周）",
        "--out 文件": "保存到这个文件（.xlsx）",
      } as Record<string, string>,
    },
    jobs: {
      usage: "shuxiang jobs list | shuxiang jobs run 任务名 [--at 时间] [--json]",
      summary: "定时任务：列出任务和上次运行情况，或立即运行一个",
      details:
        "任务名用 shuxiang jobs list 里的英文名或中文名（如 nightly-backup 或 每晚备份）。同一个时间点的任务只运行一次。",
      options: {
        "--at 时间": "按这个时间点运行，例如 2026-09-09T17:30 或 2026-09-09（当天的预定时间）",
        "--json": "用 JSON 输出结果（给脚本用）",
      } as Record<string, string>,
    },
    backup: {
      usage: "shuxiang backup 文件",
      summary: "在机器人运行时备份数据库（经过检查，从不覆盖旧文件）",
      details:
        "备份里有学生的姓名，只有文件的主人能读。恢复：停止机器人，用备份文件覆盖数据库文件（默认是 DATA_DIR 里的 shuxiang.db），" +
        "删除它旁边的 shuxiang.db-wal 和 shuxiang.db-shm（如果有），再启动机器人。每晚的备份在 DATA_DIR/backups。",
      options: {} as Record<string, string>,
    },
    health: {
      usage: "shuxiang health",
      summary: "检查机器人是否正常：数据库能否连接、机器人进程是否在运行、定时任务的情况（JSON）",
      details:
        "正常时退出码为 0；数据库连不上，或配置了平台而机器人进程两分钟以上没有心跳（已停止或卡住）时为 1。" +
        "与 webhook 模式下 GET /healthz 的报告相同。",
      options: {} as Record<string, string>,
    },
    migrate: {
      usage: "shuxiang migrate [--status]",
      summary: "把数据库升级到当前版本的结构（SQLite 或 PostgreSQL）；机器人启动时也会自动做",
      details: "--status 只列出已应用和待应用的迁移，有待应用的迁移时退出码为 1。",
      options: { "--status": "只查看，不修改数据库" } as Record<string, string>,
    },
    outbox: {
      usage: "shuxiang outbox [--dead N]",
      summary: "待发送消息的状态统计，以及最近发送失败的消息和原因",
      details: "",
      options: { "--dead N": "显示最近 N 条发送失败的消息（默认 10）" } as Record<string, string>,
    },
    demo: {
      usage: "shuxiang demo [--students N] [--titles N] [--past-loans N] [--seed N] [--reset]",
      summary: "建立一所演示学校（每次相同的数据），用来试用",
      details: "",
      options: {
        "--students N": "学生人数",
        "--titles N": "书目数量",
        "--past-loans N": "历史借阅数量",
        "--seed N": "随机种子（换一个就得到另一所学校）",
        "--reset": "删除现有学校的数据后再建立",
      } as Record<string, string>,
    },
    chat: {
      usage: "shuxiang chat [--as parent|student|teacher|librarian|helper]",
      summary: "在终端里以演示成员的身份和机器人对话（从标准输入读，可写成脚本）",
      details: "",
      options: { "--as 角色": "以哪个演示成员的身份对话（默认家长）" } as Record<string, string>,
    },
  },
};

export type CliHelp = typeof helpZh;
export type CommandName = keyof CliHelp["commands"];
