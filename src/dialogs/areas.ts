import { registerAccountDialogs } from "./account-dialogs.ts";
import type { RegisterDialogs } from "./intent.ts";
import { registerReaderDialogs } from "./reader-dialogs.ts";
import { registerSchoolYearDialogs } from "./school-year-dialogs.ts";
import { registerStaffDialogs } from "./staff-dialogs.ts";

/** Every intent dialog, by area; the Bot registers them all. */
export const dialogAreas: RegisterDialogs[] = [
  registerAccountDialogs,
  registerReaderDialogs,
  registerStaffDialogs,
  registerSchoolYearDialogs,
];
