import type { RegisterDialogs } from "./intent.ts";
import { mineDialog } from "./reader/mine.ts";
import { renewDialog } from "./reader/renew.ts";
import { reserveDialog } from "./reader/reserve.ts";
import { searchDialog } from "./reader/search.ts";
import { unreserveDialog } from "./reader/unreserve.ts";
import { newDialog } from "./reader/whats-new.ts";

/** The reader's dialogs, named by their intents (src/dialogs/router.ts). */
export const registerReaderDialogs: RegisterDialogs = (registry, deps) => {
  registry
    .add(
      "search",
      searchDialog(deps, (intent) => registry.get(intent)),
    )
    .add("mine", mineDialog(deps))
    .add("renew", renewDialog(deps))
    .add("reserve", reserveDialog(deps))
    .add("unreserve", unreserveDialog(deps))
    .add("new", newDialog(deps));
};
