import { bindDialog } from "./account/bind.ts";
import { cancelDialog } from "./account/cancel.ts";
import { helpDialog } from "./account/help.ts";
import { linkDialog } from "./account/link.ts";
import { settingsDialog } from "./account/settings.ts";
import { suggestDialog } from "./account/suggest.ts";
import type { RegisterDialogs } from "./intent.ts";

/** The account dialogs: help, binding, group linking, settings, the suggestion box, cancel. */
export const registerAccountDialogs: RegisterDialogs = (registry, deps) => {
  registry.add("help", helpDialog(deps));
  registry.add("bind", bindDialog(deps));
  registry.add("link", linkDialog(deps));
  registry.add("settings", settingsDialog(deps));
  registry.add("suggest", suggestDialog("suggestion")(deps));
  registry.add("purchase", suggestDialog("purchase")(deps));
  registry.add("cancel", cancelDialog(deps));
};
