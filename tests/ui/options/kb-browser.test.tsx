// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { afterAll, describe, expect, it } from 'vitest';
import { createUserEntry, updateUserEntry } from '../../../src/db/user-entries';
import { KbBrowser } from '../../../src/ui/options/kb-browser/KbBrowser';
import { pageDb } from '../../../src/ui/shared/store';
import { order, ownBill } from '../../report/fixtures';

/** Polls the DOM until `check` holds (liveQuery answers asynchronously). */
async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('KB browser (live)', () => {
  const container = document.createElement('div');
  document.body.append(container);
  const card = (id: string) => container.querySelector(`.kb-card[data-entry-id="${id}"]`);
  const count = () => container.querySelector('[data-testid="result-count"]')?.textContent;
  afterAll(() => {
    render(null, container);
    pageDb().close();
  });

  it('shows an own entry as soon as it is stored, as local, and follows changes to its status', async () => {
    render(<KbBrowser params={new URLSearchParams()} />, container);
    await until(() => count() === '0 of 0 entries', 'the empty KB');

    await createUserEntry(pageDb(), ownBill);
    await until(() => card(ownBill.id) !== null, 'the new entry');
    expect(card(ownBill.id)?.querySelector('.chip[data-status]')?.textContent).toBe('Proposed');
    expect(card(ownBill.id)?.querySelector('.chip.local')).not.toBeNull();

    const signed = {
      ...ownBill,
      events: [...ownBill.events, { ...ownBill.events[0]!, date: '2026-02-01', status: 'official' as const }],
    };
    await updateUserEntry(pageDb(), signed);
    await until(() => card(ownBill.id)?.getAttribute('data-status') === 'official', 'the new status');
    expect(container.querySelector('.status-counts')?.textContent).toContain('Official 1');
  });

  it('filters as the user types and keeps the search in the URL', async () => {
    await createUserEntry(pageDb(), { ...order, id: 'my-order-copy', title: 'Executive Order copy' });
    await until(() => count() === '2 of 2 entries', 'both entries');
    const search = container.querySelector<HTMLInputElement>('#kb-search')!;
    search.value = 'executive order';
    search.dispatchEvent(new Event('input', { bubbles: true }));
    await until(() => count() === '1 of 2 entries', 'the filtered list');
    expect(card('my-order-copy')).not.toBeNull();
    expect(location.hash).toBe('#/?q=executive+order');
  });
});
