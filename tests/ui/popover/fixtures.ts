import type { BadgeClaim } from '../../../src/page/page-text';
import type { EntryDetails } from '../../../src/ui/popover/entry-details';

export const claim: BadgeClaim = {
  blockIndex: 0,
  start: 0,
  end: 40,
  sentence: 'Trump is preparing to sign an executive order.',
  entryId: 'us-eo-14330-alt-assets-401k',
  claimedStatus: 'reported',
  why: ['executive order', '401(k)', 'crypto'],
  confidence: 0.95,
  via: 'direct',
  entryTitle: 'Executive Order 14330',
  statusAtPublication: 'reported',
  currentStatus: 'official',
  currentSince: '2025-08-07',
  outdated: true,
  note: 'Reported 2025-07-17 \u00b7 signed 2025-08-07',
};

export const details: EntryDetails = {
  kbVersion: 2026112701,
  entry: {
    id: 'us-eo-14330-alt-assets-401k',
    title: 'Executive Order 14330',
    summary: 'Signed 2025-08-07.',
    confidence: 'confirmed',
    caveats: ['The order does not itself allow crypto in 401(k)s.'],
    events: [
      {
        date: '2025-07-17',
        status: 'reported',
        summary: 'A newspaper reported the plan.',
        sources: [{ url: 'https://news.example/report', title: 'Report', publisher: 'News', primary: false }],
      },
      {
        date: '2025-08-07',
        status: 'official',
        summary: 'The president signed the order.',
        sources: [
          {
            url: 'https://www.whitehouse.gov/eo',
            title: 'The order',
            publisher: 'The White House',
            primary: true,
          },
          { url: 'https://law.example/note', title: 'Law note', publisher: 'Law firm', primary: false },
        ],
      },
    ],
  },
};
