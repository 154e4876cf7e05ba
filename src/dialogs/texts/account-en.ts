/** en texts of the account dialogs (merged into the en table in en.ts; same keys as account-zh.ts). */
export const accountEn = {
  account_placeholder: "",
};
