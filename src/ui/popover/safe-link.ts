/**
 * Only https links reach a reader. The KB is validated the same way, but the popover
 * checks again right before rendering: a link is the one place a bad string could act.
 */
export function isSafeLink(url: string): boolean {
  if (/[\s\u0000-\u001f]/.test(url)) return false;
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
