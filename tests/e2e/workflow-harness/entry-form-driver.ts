import type { Page } from 'playwright-core';

/** What the own-entry tests type into the options form (one event with one source). */
export interface FormEntry {
  id: string;
  title: string;
  summary: string;
  country: string;
  region: string;
  kind: string;
  scope: string;
  confidence: string;
  event: { date: string; status: string; summary: string };
  source: { url: string; title: string; publisher: string; primary: boolean };
  names: string[];
  caveats: string[];
}

/** Fills the new-entry form field by field, as a user would, and submits it. */
export async function fillEntryForm(page: Page, entry: FormEntry): Promise<void> {
  await page.fill('#f-id', entry.id);
  await page.fill('#f-title', entry.title);
  await page.fill('#f-summary', entry.summary);
  await page.selectOption('#f-kind', entry.kind);
  await page.selectOption('#f-scope', entry.scope);
  await page.selectOption('#f-confidence', entry.confidence);
  await page.fill('#f-country', entry.country);
  await page.fill('#f-region', entry.region);
  await page.fill('#f-events-0-date', entry.event.date);
  await page.selectOption('#f-events-0-status', entry.event.status);
  await page.fill('#f-events-0-summary', entry.event.summary);
  await page.fill('#f-events-0-sources-0-url', entry.source.url);
  await page.fill('#f-events-0-sources-0-title', entry.source.title);
  await page.fill('#f-events-0-sources-0-publisher', entry.source.publisher);
  await page.setChecked('#f-events-0-sources-0-primary', entry.source.primary);
  await page.fill('#f-caveats', entry.caveats.join('\n'));
  await page.fill('#f-names', entry.names.join('\n'));
  await page.click('button[type="submit"]');
}

export const PRAIRIE_BILL: FormEntry = {
  id: 'us-prairie-digital-assets-pension-act',
  title: 'Prairie Digital Assets Pension Act',
  summary: 'A state senate bill that would let the state pension fund hold up to 2 percent in bitcoin.',
  country: 'US',
  region: 'Prairie State',
  kind: 'bill',
  scope: 'retirement',
  confidence: 'confirmed',
  event: { date: '2026-03-03', status: 'proposed', summary: 'Two senators filed the bill.' },
  source: {
    url: 'https://legislature.example.gov/bills/sb-77',
    title: 'SB 77: Prairie Digital Assets Pension Act',
    publisher: 'Prairie State Legislature',
    primary: true,
  },
  names: ['Prairie Digital Assets Pension Act'],
  caveats: ['Filing a bill does not make it law.'],
};

/** The entry the form above makes, as the store keeps it. */
export function entryOf(form: FormEntry) {
  return {
    id: form.id,
    title: form.title,
    summary: form.summary,
    jurisdiction: { country: form.country, region: form.region },
    kind: form.kind,
    scope: form.scope,
    events: [{ ...form.event, sources: [form.source] }],
    caveats: form.caveats,
    related: [],
    confidence: form.confidence,
    detect: { names: form.names, rules: [], exclude: [], prefer: [] },
  };
}
