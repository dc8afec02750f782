/**
 * One stylesheet per (document, CSS text), adopted by every shadow root that needs it:
 * hundreds of badges share a single parsed sheet instead of a <style> copy each.
 * Where adoption is not possible (no constructable sheets, or a content-script world
 * that refuses the assignment), the root gets a <style> of its own.
 */
export type StyleAdopter = (root: ShadowRoot) => void;

export function sharedStyles(cssText: string): StyleAdopter {
  const sheets = new WeakMap<Document, CSSStyleSheet | null>();

  function sheetFor(doc: Document): CSSStyleSheet | null {
    if (sheets.has(doc)) return sheets.get(doc) ?? null;
    let sheet: CSSStyleSheet | null = null;
    try {
      const view = doc.defaultView as (Window & typeof globalThis) | null;
      const Sheet = view?.CSSStyleSheet ?? globalThis.CSSStyleSheet;
      sheet = new Sheet();
      sheet.replaceSync(cssText);
    } catch {
      sheet = null;
    }
    sheets.set(doc, sheet);
    return sheet;
  }

  return (root) => {
    const sheet = sheetFor(root.ownerDocument);
    if (sheet) {
      try {
        root.adoptedStyleSheets = [sheet];
        if (root.adoptedStyleSheets.length === 1) return;
      } catch {
        // Fall through to a <style> copy.
      }
      sheets.set(root.ownerDocument, null);
    }
    const style = root.ownerDocument.createElement('style');
    style.textContent = cssText;
    root.prepend(style);
  };
}
