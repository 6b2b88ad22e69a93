/** How the console's date pickers show a date (2024年5月1日, the Chinese way) and what they accept when typed. */
export const DATE_FORMATS = ["YYYY年M月D日", "YYYY-MM-DD", "YYYY/M/D"];
