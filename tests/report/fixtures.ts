import type { Entry } from '../../src/kb/schema';
import type { ReportableClaim } from '../../src/report/page-report';

export const order: Entry = {
  id: 'us-eo-14330-alt-assets-401k',
  title: 'Executive Order 14330',
  summary: 'Signed 2025-08-07.',
  jurisdiction: { country: 'US' },
  kind: 'executive-order',
  scope: 'retirement',
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
        { url: 'https://law.example/note', title: 'Law note', publisher: 'Law firm', primary: false },
        {
          url: 'https://www.whitehouse.gov/eo',
          title: 'The order',
          publisher: 'The White House',
          primary: true,
        },
      ],
    },
  ],
  caveats: [],
  related: [],
  confidence: 'confirmed',
  detect: { names: ['EO 14330'], rules: [], exclude: [], prefer: [] },
};

export const ownBill: Entry = {
  ...order,
  id: 'us-xx-my-bill',
  title: 'My state bill',
  kind: 'bill',
  events: [
    {
      date: '2026-01-10',
      status: 'proposed',
      summary: 'Filed.',
      sources: [
        { url: 'https://legislature.example/b1', title: 'Bill 1', publisher: 'Legislature', primary: true },
      ],
    },
  ],
};

export const reportedClaim: ReportableClaim = {
  sentence: 'Trump is  preparing to sign\nan executive order.',
  entryId: order.id,
  entryTitle: order.title,
  statusAtPublication: 'reported',
  currentStatus: 'official',
  currentSince: '2025-08-07',
  outdated: true,
};

export const localClaim: ReportableClaim = {
  sentence: 'The bill was filed in January.',
  entryId: ownBill.id,
  entryTitle: ownBill.title,
  statusAtPublication: 'proposed',
  currentStatus: 'proposed',
  currentSince: '2026-01-10',
  outdated: false,
  local: true,
};

export const entries = new Map([order, ownBill].map((e) => [e.id, e]));
