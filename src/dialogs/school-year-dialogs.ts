import type { RegisterDialogs } from "./intent.ts";
import { lostCardDialog } from "./reader/lost-card.ts";
import { answerSuggestionDialog } from "./staff/answer-suggestion.ts";
import { cardDeskDialog, issueCardsDialog } from "./staff/card-desk.ts";
import { clearanceDialog } from "./staff/clearance.ts";
import { cornerDialog } from "./staff/corner.ts";
import { repairDialog } from "./staff/repair.ts";
import { stocktakeDialog } from "./staff/stocktake.ts";
import { visitDialog } from "./staff/visit.ts";

/**
 * The school-year area: answering the suggestion box, the library card's lifecycle and the
 * leaving-school clearance report, class book corners (集体借阅), class visits (到馆).
 */
export const registerSchoolYearDialogs: RegisterDialogs = (registry, deps) => {
  registry.add("answer", answerSuggestionDialog(deps));
  registry.add("lostcard", lostCardDialog(deps));
  registry.add("reissue", cardDeskDialog("reissue")(deps));
  registry.add("confiscate", cardDeskDialog("confiscate")(deps));
  registry.add("returncard", cardDeskDialog("return_card")(deps));
  registry.add("issuecards", issueCardsDialog(deps));
  registry.add("clearance", clearanceDialog(deps));
  registry.add("corner", cornerDialog(deps));
  registry.add("visit", visitDialog("visit")(deps));
  registry.add("lesson", visitDialog("lesson")(deps));
  registry.add("stocktake", stocktakeDialog(deps));
  registry.add("repair", repairDialog("to_repair")(deps));
  registry.add("repaired", repairDialog("repaired")(deps));
};
