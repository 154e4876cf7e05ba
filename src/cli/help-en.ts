// `shuxiang --help` and `shuxiang COMMAND --help` in English (the keys of help-zh.ts).
import type { CliHelp } from "./help-zh.ts";

export const helpEn: CliHelp = {
  title: "Admin commands of the Shuxiang library bot. usage: shuxiang <command> [options]",
  commandsTitle: "Commands:",
  optionsTitle: "Options:",
  commonTitle: "Every command also takes:",
  common: {
    "--lang zh|en": "language of the messages (default: the school's DEFAULT_LOCALE, Chinese)",
    "-h, --help": "show this help",
  },
  more: "Run shuxiang <command> --help for one command. shuxiang with no command starts the bot.",
  commands: {
    import: {
      usage: "shuxiang import catalog|roster|rota FILE [--dry-run] [--progress]",
      summary:
        "load the catalog, the roster or the rota (CSV or .xlsx, Chinese or English headers)",
      details:
        "CSV may be UTF-8 or GBK (what Excel saves on Chinese Windows). Rows update what is " +
        "stored by barcode or card number; each bad row is reported with its line and skipped.",
      options: {
        "--dry-run": "check the file and report, write nothing",
        "--progress": "show progress (shown anyway in a terminal)",
      },
    },
    codes: {
      usage:
        "shuxiang codes CLASS|--teachers|--librarian|--card CARD [--html FILE] [--out FILE] [--reissue]",
      summary: "binding-code slips (parents, pupils, teachers, the librarian bind their chats)",
      details:
        "While codes issued before are live, none are issued again (printed slips keep working); --reissue revokes them and issues new ones.",
      options: {
        "--teachers": "codes for every teacher",
        "--librarian": "a code for the librarian",
        "--card CARD":
          "codes for one pupil or teacher only (a lost slip, a pupil new to the class)",
        "--html FILE":
          "a printable A4 page of slips (8 a page, cut lines; QR codes when a Telegram bot is set up)",
        "--out FILE": "write the text slips to a file instead of the screen",
        "--reissue": "revoke the live codes and issue new ones (printed slips stop working)",
        "--bot NAME":
          "the Telegram bot username for the QR codes (default: asked from Telegram with getMe)",
      },
    },
    export: {
      usage:
        "shuxiang export overdue [CLASS] | export figures [--week DATE] | export broadcast N [--out FILE]",
      summary: "spreadsheets (.xlsx): overdue list, weekly class figures, a broadcast's delivery",
      details: "Without --out the file goes to the working folder under a dated name.",
      options: {
        "--week DATE": "figures: the week to count (any day of it; default this week)",
        "--out FILE": "the .xlsx file to write",
      },
    },
    jobs: {
      usage: "shuxiang jobs list | shuxiang jobs run NAME [--at TIME] [--json]",
      summary: "scheduled jobs: list them with their last run, or run one now",
      details:
        "NAME as shuxiang jobs list shows it, in English or Chinese (nightly-backup or 每晚备份). Each slot of a job runs once.",
      options: {
        "--at TIME":
          "the slot to run, e.g. 2026-09-09T17:30, or 2026-09-09 (the job's time that day)",
        "--json": "print the result as JSON (for scripts)",
      },
    },
    backup: {
      usage: "shuxiang backup FILE",
      summary: "a checked copy of the database, taken while the bot runs; never overwrites",
      details:
        "The copy holds pupils' names and is readable by its owner only. To restore: stop the bot, " +
        "copy the backup over the database file (by default shuxiang.db in DATA_DIR), delete shuxiang.db-wal " +
        "and shuxiang.db-shm beside it if there, and start the bot. Nightly copies are in DATA_DIR/backups.",
      options: {},
    },
    health: {
      usage: "shuxiang health",
      summary: "is the bot well: database reachable, bot process alive, the schedule (JSON)",
      details:
        "Exits 0 when healthy; 1 when the database does not answer, or platforms are configured " +
        "and no bot process has beaten for two minutes (stopped or stuck). The report of GET /healthz.",
      options: {},
    },
    migrate: {
      usage: "shuxiang migrate [--status]",
      summary:
        "bring the database's structure up to this version (SQLite or PostgreSQL); start-up does it too",
      details: "--status only lists applied and pending migrations; exits 1 when some are pending.",
      options: { "--status": "look only, change nothing" },
    },
    outbox: {
      usage: "shuxiang outbox [--dead N]",
      summary: "outbound messages by status and platform, and the newest failed ones",
      details: "",
      options: { "--dead N": "show the newest N failed messages (default 10)" },
    },
    demo: {
      usage: "shuxiang demo [--students N] [--titles N] [--past-loans N] [--seed N] [--reset]",
      summary: "build the deterministic demo school to try the bot",
      details: "",
      options: {
        "--students N": "number of pupils",
        "--titles N": "number of titles",
        "--past-loans N": "number of past loans",
        "--seed N": "another seed gives another school",
        "--reset": "delete the school's data first",
      },
    },
    chat: {
      usage: "shuxiang chat [--as parent|student|teacher|librarian|helper]",
      summary: "talk to the bot in the terminal as a demo member (reads stdin, can be scripted)",
      details: "",
      options: { "--as ROLE": "the demo member to be (default parent)" },
    },
  },
};
