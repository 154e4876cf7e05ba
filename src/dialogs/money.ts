/** "¥12.50" */
export const yuan = (cents: number): string => `¥${(cents / 100).toFixed(2)}`;
