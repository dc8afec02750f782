import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { readBadges } from '../../scripts/lib/read-badges';
import { fillEntryForm, PRAIRIE_BILL } from './workflow-harness/entry-form-driver';
import { request } from './workflow-harness/extension-calls';
import { workflowSuite } from './workflow-harness/workflow-suite';

const ARTICLE = 'prairie-pension-bill.html';
const ORDER = 'us-eo-14330-alt-assets-401k';

describe('Chromium: own entries and verified statuses reach the badges', () => {
  const suite = workflowSuite();
  const badgeOf = (page: Page, id: string) => page.locator(`statusmark-badge[data-entry-id="${id}"]`).first();

  it('has no badge for the fixture bill before the user adds it', async () => {
    const article = await suite.article(suite.fixtures, ARTICLE);
    expect((await readBadges(article)).map((b) => b.entryId)).not.toContain(PRAIRIE_BILL.id);
    await article.close();
  });

  it('adds an own entry through the options form; after a reload the page badges it with the local mark', async () => {
    const { page: options, errors } = await suite.extensionPage('options.html#/new');
    await fillEntryForm(options, PRAIRIE_BILL);
    await options.waitForURL(`**/options.html#/entry/${PRAIRIE_BILL.id}`);
    await expect.poll(() => options.textContent('[data-testid="entry-status"]')).toContain('Proposed');
    expect(await options.textContent('[data-testid="entry-status"]')).toContain('local');

    const article = await suite.article(suite.fixtures, ARTICLE);
    const badge = badgeOf(article, PRAIRIE_BILL.id);
    await badge.waitFor({ state: 'attached', timeout: 10_000 });
    expect(await badge.getAttribute('data-status')).toBe('proposed');
    expect(await badge.getAttribute('data-local')).toBe('true');
    expect(await badge.evaluate((h) => h.shadowRoot?.textContent ?? '')).toContain('local');

    // Editing its status changes the badge on the open page, without a reload or a reinstall.
    await options.goto(options.url().replace(/#.*$/, `#/edit/${PRAIRIE_BILL.id}`));
    await options.selectOption('#f-events-0-status', 'official');
    await options.click('button[type="submit"]');
    await options.waitForURL(`**/options.html#/entry/${PRAIRIE_BILL.id}`);
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 10_000 }).toBe('official');
    expect(await badge.getAttribute('data-local')).toBe('true');
    expect(errors).toEqual([]);
    await article.close();
    await options.close();
  });

  it("marks a shipped entry's badge local once the user records a verified status on it", async () => {
    const { page: options } = await suite.extensionPage(`options.html#/entry/${ORDER}`);
    await options.check('text=Record a status I verified myself');
    await options.selectOption('#note-new-note-status', 'rescinded');
    await options.fill('#note-new-note-date', '2026-06-01');
    await options.fill('#note-new-note-how', 'Called the press office');
    await options.click('button:has-text("Add note")');
    await expect.poll(() => options.locator('.note-verified').count()).toBe(1);
    expect(await options.textContent('[data-testid="entry-status"]')).toContain('Rescinded');

    const article = await suite.article(suite.demo, 'eo-401k-report.html');
    const badge = badgeOf(article, ORDER);
    await expect.poll(() => badge.getAttribute('data-local')).toBe('true');
    expect(await badge.getAttribute('data-status')).toBe('rescinded');

    // Deleting the note (and undoing the delete) is reflected too.
    await options.click('button:has-text("Delete note")');
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 10_000 }).toBe('official');
    await options.click('[data-testid="undo-bar"] button:has-text("Undo")');
    await expect.poll(() => badge.getAttribute('data-status'), { timeout: 10_000 }).toBe('rescinded');
    const notes = await request<unknown[]>(options, { type: 'listNotes', entryId: ORDER });
    expect(notes).toHaveLength(1);
    await article.close();
    await options.close();
  });

  it('deletes an own entry only after confirmation, and Undo brings it back with its badge', async () => {
    const article = await suite.article(suite.fixtures, ARTICLE);
    const badge = badgeOf(article, PRAIRIE_BILL.id);
    await badge.waitFor({ state: 'attached' });
    const { page: options } = await suite.extensionPage(`options.html#/entry/${PRAIRIE_BILL.id}`);
    await options.click('button:has-text("Delete entry")');
    await options.click('dialog button:has-text("Cancel")');
    expect(await request<unknown>(options, { type: 'getEntry', id: PRAIRIE_BILL.id })).not.toBeNull();

    await options.click('button:has-text("Delete entry")');
    await options.click('dialog button:has-text("Delete")');
    await expect.poll(() => badge.count(), { timeout: 10_000 }).toBe(0);
    expect(await request<unknown>(options, { type: 'getEntry', id: PRAIRIE_BILL.id })).toBeNull();
    await options.click('[data-testid="undo-bar"] button:has-text("Undo")');
    await expect.poll(() => badgeOf(article, PRAIRIE_BILL.id).count(), { timeout: 10_000 }).toBe(1);
    await options.close();
    await article.close();
  });
});
