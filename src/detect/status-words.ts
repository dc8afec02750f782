import type { EntryKind, Outcome, Status } from '../kb/schema';

/** The word for reaching a status, by kind: an order is "signed", guidance "issued", a bill "introduced". */
export const STATUS_VERBS: Record<Status, Partial<Record<EntryKind, string>> & { default: string }> = {
  reported: { default: 'reported' },
  proposed: {
    bill: 'introduced',
    law: 'introduced',
    'court-case': 'filed',
    'proposed-rule': 'proposed',
    default: 'proposed',
  },
  official: {
    'executive-order': 'signed',
    bill: 'enacted',
    law: 'enacted',
    'agency-guidance': 'issued',
    'final-rule': 'finalised',
    'proposed-rule': 'published',
    'court-case': 'decided',
    'pension-fund-action': 'disclosed',
    'private-product': 'launched',
    statistic: 'published',
    default: 'official',
  },
  rescinded: {
    'executive-order': 'revoked',
    bill: 'repealed',
    law: 'repealed',
    'pension-fund-action': 'exited',
    'private-product': 'discontinued',
    default: 'rescinded',
  },
};

/** How a proposal ended, in words: "vetoed", "died in committee"... */
export const OUTCOME_WORDS: Record<Outcome['kind'], string> = {
  vetoed: 'vetoed',
  'died-in-committee': 'died in committee',
  'failed-vote': 'failed a vote',
  withdrawn: 'withdrawn',
  'session-ended': 'session ended',
  'enacted-without-provision': 'enacted without this provision',
};
