/** A sentence shortened for a list or a quote, at a word boundary, with an ellipsis. */
export function excerpt(sentence: string, max = 160): string {
  const text = sentence.replace(/\s+/g, ' ').trim();
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:]+$/, '')}\u2026`;
}
