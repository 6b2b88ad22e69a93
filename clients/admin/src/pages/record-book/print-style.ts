/**
 * The record book on screen and on paper: the book sits on a white page; printing leaves out the
 * console's menu, header and buttons, keeps each meeting on one page where it fits, and uses A4.
 */
export const PRINT_STYLE = `
.record-book { background: #fff; padding: 24px 32px; border: 1px solid #f0f0f0; max-width: 980px; margin: 0 auto; }
.record-book-cover { border-bottom: 2px solid #c41d1d; padding-bottom: 12px; margin-bottom: 16px; }
.record-book-toc { width: 100%; border-collapse: collapse; margin-bottom: 24px; }
.record-book-toc caption { text-align: left; font-weight: 600; padding-bottom: 6px; }
.record-book-toc th, .record-book-toc td { border: 1px solid #e8e8e8; padding: 4px 8px; text-align: left; }
.record-book-toc th { background: #fafafa; }
.record-book-section { margin-bottom: 24px; }
@media print {
  @page { size: A4; margin: 14mm; }
  .ant-layout-sider, .ant-layout-header, .no-print, .record-book-page > div > div:first-child, .ant-message, .ant-notification { display: none !important; }
  .ant-layout, .ant-layout-content { background: #fff !important; padding: 0 !important; margin: 0 !important; }
  .record-book { border: none; padding: 0; max-width: none; }
  .record-book-section { break-inside: avoid; }
  .record-book-toc { break-after: page; }
  a { color: inherit; text-decoration: none; }
}
`;
