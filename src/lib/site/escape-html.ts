/** Text made safe to write between tags: `&`, `<` and `>` as entities, which the browser reads back as the characters. */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
