import type { EntryKind, Jurisdiction } from '../../kb/schema';

const KIND_LABELS: Record<EntryKind, string> = {
  'executive-order': 'Executive order',
  'agency-guidance': 'Agency guidance',
  'proposed-rule': 'Proposed rule',
  'final-rule': 'Final rule',
  bill: 'Bill',
  law: 'Law',
  'court-case': 'Court case',
  'pension-fund-action': 'Pension fund action',
  'private-product': 'Private product',
  statistic: 'Statistic',
};

export const kindLabel = (kind: EntryKind) => KIND_LABELS[kind];

let regionNames: Intl.DisplayNames | null = null;
/** "United States" for "US"; the code itself when the browser has no name for it. */
export function countryName(code: string): string {
  try {
    regionNames ??= new Intl.DisplayNames(['en'], { type: 'region' });
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
}

export function jurisdictionLabel(j: Jurisdiction): string {
  return [j.locality, j.region, countryName(j.country)].filter(Boolean).join(', ');
}
