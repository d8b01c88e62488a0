const replacements: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Makes any text safe to place in HTML, both between tags and inside a quoted attribute value. Every
 * value a message puts into its HTML part goes through this: display names, usernames and company
 * names are typed by people, and a mail client must show them as text, never run them as markup.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => replacements[character] ?? character);
}
