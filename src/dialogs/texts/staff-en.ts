/** en texts of the staff dialogs (merged into the en table in en.ts; same keys as staff-zh.ts). */
export const staffEn = {
  staff_placeholder: "",
};
