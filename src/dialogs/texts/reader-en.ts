/** en texts of the reader dialogs (merged into the en table in en.ts; same keys as reader-zh.ts). */
export const readerEn = {
  reader_placeholder: "",
};
