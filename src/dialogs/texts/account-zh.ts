/** zh-CN texts of the account dialogs (merged into the zh-CN table in zh-CN.ts). */
export const accountZh = {
  account_placeholder: "",
};
