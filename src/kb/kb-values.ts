/**
 * The KB's closed lists of values, without the schema library: the content script's
 * engine reads them (src/detect/matcher-entries.ts) and must not bundle Zod.
 * schema.ts builds its enums from these and re-exports them.
 */

export const STATUSES = ['proposed', 'reported', 'official', 'rescinded'] as const;

/** How a proposal ended without becoming official (see outcomeSchema in schema.ts). */
export const OUTCOME_KINDS = [
  'vetoed',
  'died-in-committee',
  'failed-vote',
  'withdrawn',
  'session-ended',
  'enacted-without-provision',
] as const;

export const ENTRY_KINDS = [
  'executive-order',
  'agency-guidance',
  'proposed-rule',
  'final-rule',
  'bill',
  'law',
  'court-case',
  'pension-fund-action',
  'private-product',
  'statistic',
] as const;
