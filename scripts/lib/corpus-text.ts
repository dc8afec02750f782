/**
 * Folding used wherever corpus sentences are compared: labels with page text, and
 * detected sentences with labels. Typography a reader does not notice (curly vs.
 * straight quotes, non-breaking or repeated spaces, soft hyphens, letter case) must
 * not decide whether two sentences are the same.
 */
export function foldSentence(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u00ad\u200b\u200c\u200d\u2060\ufeff]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}
