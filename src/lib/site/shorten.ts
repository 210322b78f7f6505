/**
 * Text from a link or a paste, cut down for quoting back in a message: a hostile or mistaken
 * address can carry kilobytes. Cuts at a whole character (not inside a surrogate pair).
 */
export function shorten(text: string, max = 60): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
