import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';

/** The same page in each DOM the extraction must work on: linkedom (the CLI) and happy-dom (browser-like). */
export const DOMS = {
  linkedom: (html: string): Document => parseHTML(html).document as unknown as Document,
  'happy-dom': (html: string): Document => {
    const window = new Window();
    return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  },
} as const;
