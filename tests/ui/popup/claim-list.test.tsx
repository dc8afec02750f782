// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClaimList } from '../../../src/ui/popup/ClaimList';
import { pageClaim } from './fixtures';

function show(onFocusClaim = vi.fn()) {
  const container = document.createElement('div');
  document.body.append(container);
  render(
    <ClaimList
      claims={[
        pageClaim(),
        pageClaim({
          key: 'own',
          entryId: 'my-bill',
          entryTitle: 'My bill',
          currentStatus: 'proposed',
          statusAtPublication: 'proposed',
          outdated: false,
          local: true,
        }),
      ]}
      onFocusClaim={onFocusClaim}
    />,
    container,
  );
  return { container, onFocusClaim };
}

describe('popup claim list', () => {
  afterEach(() => document.body.replaceChildren());

  it('shows each claim with its excerpt, entry, status then and now, and the outdated and local marks', () => {
    const { container } = show();
    const items = [...container.querySelectorAll('li.claim')];
    expect(items.map((li) => li.getAttribute('data-entry-id'))).toEqual([
      'us-eo-14330-alt-assets-401k',
      'my-bill',
    ]);
    expect(items[0]?.querySelector('.change')?.textContent).toBe(
      'At publication: Reported \u2192 now: Official (since 2025-08-07)',
    );
    expect(items[0]?.querySelector('.chip.outdated')?.textContent).toBe('outdated');
    expect(items[0]?.querySelector('.chip.local')).toBeNull();
    expect(items[1]?.querySelector('.chip.local')?.textContent).toBe('local');
  });

  it('labels each status group by word and icon, not colour alone', () => {
    const headings = [...show().container.querySelectorAll('.group h2')];
    expect(headings.map((h) => h.textContent)).toEqual(['Official 1', 'Proposed 1']);
    expect(headings[0]?.querySelector('svg')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('asks to show a claim on the page when its sentence is clicked', () => {
    const { container, onFocusClaim } = show();
    container.querySelector<HTMLButtonElement>('.claim-jump')?.click();
    expect(onFocusClaim).toHaveBeenCalledWith(expect.objectContaining({ key: pageClaim().key }));
  });

  it("links the entry title to the entry's timeline in a new tab", () => {
    const link = show().container.querySelector<HTMLAnchorElement>('.entry-title a');
    expect(link?.getAttribute('href')).toMatch(/options\.html#\/entry\/us-eo-14330-alt-assets-401k$/);
    expect(link?.getAttribute('rel')).toBe('noopener noreferrer');
  });
});
