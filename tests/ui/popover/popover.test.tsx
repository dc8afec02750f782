// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Popover, type PopoverProps } from '../../../src/ui/popover/Popover';
import { claim, details } from './fixtures';

function show(overrides: Partial<PopoverProps> = {}): HTMLElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(
    <Popover
      claim={claim}
      publishedAt="2025-07-17"
      details={{ kind: 'ready', details }}
      onClose={() => {}}
      onCopyCitation={async () => true}
      onDismiss={() => {}}
      {...overrides}
    />,
    container,
  );
  return container;
}

describe('claim popover', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows the entry, its status now and since when, and the status at publication', () => {
    const el = show();
    expect(el.querySelector('[role="dialog"]')?.getAttribute('aria-labelledby')).toBe('sm-title');
    expect(el.querySelector('h2')?.textContent).toBe('Executive Order 14330');
    expect(el.querySelector('.now')?.textContent).toBe('Official since 2025-08-07');
    expect(el.querySelector('.facts')?.textContent).toContain('At publication (2025-07-17)Reported');
    expect(el.querySelector('.outdated')?.textContent).toContain('Reported \u2192 now Official');
  });

  it('lists the dated timeline with its sources, caveats and why it matched', () => {
    const el = show();
    const events = [...el.querySelectorAll('.timeline > li')];
    expect(events.map((e) => e.querySelector('time')?.textContent)).toEqual(['2025-07-17', '2025-08-07']);
    expect(el.querySelector('.caveats')?.textContent).toContain('does not itself allow');
    expect(el.querySelector('.why')?.textContent).toBe('Why it matched: executive order, 401(k), crypto');
  });

  it('quotes the sentence the badge stands for, as text, cutting a long one short', () => {
    const el = show({
      claim: { ...claim, sentence: 'Trump may sign <img src=x onerror=alert(1)> an order.' },
    });
    expect(el.querySelector('.claim-sentence')?.textContent).toBe(
      'The sentence on this page: \u201cTrump may sign <img src=x onerror=alert(1)> an order.\u201d',
    );
    expect(el.querySelector('.claim-sentence img')).toBeNull();
    const long = show({ claim: { ...claim, sentence: `${'Word '.repeat(100)}end.` } });
    const quoted = long.querySelector('.claim-sentence')?.textContent ?? '';
    expect(quoted.endsWith('\u2026\u201d')).toBe(true);
    expect(quoted.length).toBeLessThan(300);
  });

  it("shows the reader's own note as plain text, and no note line without one", () => {
    expect(show().querySelector('.note')).toBeNull();
    const noted = show({
      details: { kind: 'ready', details: { ...details, localNote: 'Ask the <b>sponsor</b>' } },
    });
    expect(noted.querySelector('.note')?.textContent).toBe('Your note: Ask the <b>sponsor</b>');
    expect(noted.querySelector('.note b')).toBeNull();
  });

  it('opens sources in a new tab without a referrer or opener', () => {
    const links = [...show().querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      'https://news.example/report',
      'https://www.whitehouse.gov/eo',
      'https://law.example/note',
    ]);
    for (const a of links) {
      expect(a.getAttribute('target')).toBe('_blank');
      expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('renders no link for a source that is not https', () => {
    const bad = structuredClone(details);
    bad.entry.events[0]!.sources = [
      { url: 'javascript:alert(1)', title: 'Script', publisher: 'X', primary: false },
      { url: 'http://plain.example/', title: 'Plain', publisher: 'Y', primary: false },
      { url: 'data:text/html,<b>x</b>', title: 'Data', publisher: 'Z', primary: false },
    ];
    const el = show({ details: { kind: 'ready', details: bad } });
    const hrefs = [...el.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs.every((h) => h?.startsWith('https://'))).toBe(true);
    expect(el.textContent).toContain('Script');
  });

  it('shows page and KB strings as inert text, never as HTML', () => {
    const payload = '<img src=x onerror="window.__pwned=1">';
    const hostile = structuredClone(details);
    hostile.entry.caveats = [payload];
    hostile.entry.events[0]!.summary = payload;
    const el = show({
      claim: { ...claim, entryTitle: payload, why: [payload], note: payload },
      details: { kind: 'ready', details: hostile },
    });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelector('h2')?.textContent).toBe(payload);
    expect(el.textContent?.split(payload).length).toBeGreaterThan(4);
  });

  it('says when the article has no publication date, and shows the outcome beside the status', () => {
    const ended = structuredClone(details);
    ended.entry.outcome = { kind: 'vetoed', date: '2025-05-02', summary: 'Vetoed.', sources: [] };
    const el = show({ publishedAt: null, details: { kind: 'ready', details: ended } });
    expect(el.querySelector('.facts')?.textContent).toContain('date not found on the page');
    expect(el.querySelector('.outcome')?.textContent).toContain('vetoed 2025-05-02');
  });

  it('waits for the timeline before offering a citation', () => {
    const el = show({ details: { kind: 'loading' } });
    const copy = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Copy citation');
    expect(copy?.disabled).toBe(true);
    expect(el.textContent).toContain('Loading the timeline');
  });

  it('copies the citation, announces it, and offers "Not this claim"', async () => {
    const onCopyCitation = vi.fn(async () => true);
    const onDismiss = vi.fn();
    const el = show({ onCopyCitation, onDismiss });
    const button = (label: string) =>
      [...el.querySelectorAll('button')].find((b) => b.textContent === label)!;
    button('Copy citation').click();
    await vi.waitFor(() => expect(el.querySelector('[role="status"]')?.textContent).toBe('Citation copied.'));
    button('Not this claim').click();
    expect(onCopyCitation).toHaveBeenCalledOnce();
    expect(onDismiss).toHaveBeenCalledOnce();
  });
});
