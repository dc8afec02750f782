/**
 * Puts text on the clipboard from a content script. The async Clipboard API needs a
 * secure page; on plain-http pages a hidden textarea in our own shadow root and
 * execCommand('copy') still work inside the click that asked for it.
 */
export async function copyText(text: string, scratch: Node): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Fall back below.
  }
  const doc = scratch.ownerDocument ?? document;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.cssText = 'position:fixed;top:0;left:0;opacity:0;pointer-events:none;';
  scratch.appendChild(area);
  area.select();
  try {
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
  }
}
