import type { RegisterDialogs } from "./intent.ts";
import { lostCardDialog } from "./reader/lost-card.ts";
import { answerSuggestionDialog } from "./staff/answer-suggestion.ts";
import { cardDeskDialog, issueCardsDialog } from "./staff/card-desk.ts";

/** The school-year area: answering the suggestion box and the library card's lifecycle. */
export const registerSchoolYearDialogs: RegisterDialogs = (registry, deps) => {
  registry.add("answer", answerSuggestionDialog(deps));
  registry.add("lostcard", lostCardDialog(deps));
  registry.add("reissue", cardDeskDialog("reissue")(deps));
  registry.add("confiscate", cardDeskDialog("confiscate")(deps));
  registry.add("returncard", cardDeskDialog("return_card")(deps));
  registry.add("issuecards", issueCardsDialog(deps));
};
