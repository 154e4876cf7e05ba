/** zh-CN texts of the reader dialogs (merged into the zh-CN table in zh-CN.ts). */
export const readerZh = {
  reader_placeholder: "",
};
