/** zh-CN texts of the staff dialogs (merged into the zh-CN table in zh-CN.ts). */
export const staffZh = {
  staff_placeholder: "",
};
