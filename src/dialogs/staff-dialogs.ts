import type { RegisterDialogs } from "./intent.ts";
import { activityDialog } from "./staff/activity.ts";
import { broadcastDialog } from "./staff/broadcast.ts";
import { chargesDialog, writeOffDialog } from "./staff/charges.ts";
import { deskDialog } from "./staff/desk.ts";
import { dutyDialog } from "./staff/duty.ts";
import { exportDialog } from "./staff/export.ts";
import { overdueDialog } from "./staff/overdue.ts";
import { rotaDialog } from "./staff/rota.ts";
import { statsDialog } from "./staff/stats.ts";
import { helperGrantDialog } from "./staff/helper-grant.ts";

/** The staff area: class lists, rota and duty, the desk, charges, broadcasts and activities. */
export const registerStaffDialogs: RegisterDialogs = (registry, deps) => {
  registry.add("overdue", overdueDialog(deps));
  registry.add("rota", rotaDialog(deps));
  registry.add("duty", dutyDialog(deps));
  registry.add("checkout", deskDialog(deps, "checkout"));
  registry.add("return", deskDialog(deps, "return"));
  registry.add("lost", writeOffDialog(deps, "lost"));
  registry.add("damaged", writeOffDialog(deps, "damaged"));
  registry.add("charges", chargesDialog(deps));
  registry.add("stats", statsDialog(deps));
  registry.add("export", exportDialog(deps));
  registry.add("helper", helperGrantDialog(deps, true));
  registry.add("unhelper", helperGrantDialog(deps, false));
  registry.add("broadcast", broadcastDialog(deps));
  registry.add("activity", activityDialog(deps));
};
