import type { Entry, Status } from '../kb/schema';
import { statusSince } from '../report/status-since';
import { STATUS_WORDS } from '../ui/badge/status-words';
import {
  CLAIMREVIEW_CONTEXT,
  ENTRY_TERM,
  type ClaimReviewDocumentJson,
  type ClaimReviewJson,
  type SourceJson,
} from './claimreview-format';

export interface ExportableEntry {
  entry: Entry;
  origin: 'shipped' | 'local';
}

/** The status on `today`, or the first event's when every event is later. */
function statusNow(entry: Entry, today: string): { status: Status; since: string } {
  const first = entry.events[0];
  const found = statusSince(entry, today);
  if (found) return found;
  if (!first) throw new RangeError(`entry "${entry.id}" has no events`);
  return { status: first.status, since: first.date };
}

/** Every source of every event, once per URL, oldest event first. */
function appearances(entry: Entry): SourceJson[] {
  const seen = new Set<string>();
  return entry.events.flatMap((event) =>
    event.sources.flatMap((source) => {
      if (seen.has(source.url)) return [];
      seen.add(source.url);
      return [
        {
          '@type': 'CreativeWork' as const,
          url: source.url,
          name: source.title,
          publisher: { '@type': 'Organization' as const, name: source.publisher },
          datePublished: event.date,
        },
      ];
    }),
  );
}

/** One entry as a ClaimReview: the claim is the entry's title, the rating its status on `today`. */
export function claimReviewFor({ entry, origin }: ExportableEntry, today: string): ClaimReviewJson {
  const now = statusNow(entry, today);
  const { country, region, locality } = entry.jurisdiction;
  return {
    '@type': 'ClaimReview',
    identifier: entry.id,
    claimReviewed: entry.title,
    reviewBody: entry.summary,
    datePublished: now.since,
    dateModified: entry.events[entry.events.length - 1]?.date ?? now.since,
    author: {
      '@type': 'Organization',
      name: origin === 'local' ? 'Statusmark user (own entry)' : 'Statusmark knowledge base',
    },
    reviewRating: {
      '@type': 'Rating',
      alternateName: now.status,
      name: `${STATUS_WORDS[now.status]} since ${now.since}`,
    },
    itemReviewed: {
      '@type': 'Claim',
      name: entry.title,
      ...(entry.detect.names.length ? { alternateName: [...entry.detect.names] } : {}),
      spatialCoverage: {
        '@type': 'Place',
        address: {
          '@type': 'PostalAddress',
          addressCountry: country,
          ...(region ? { addressRegion: region } : {}),
          ...(locality ? { addressLocality: locality } : {}),
        },
      },
      appearance: appearances(entry),
    },
    [ENTRY_TERM]: entry,
  };
}

/** The whole KB (shipped and own entries) as one JSON-LD document, entries in the order given. */
export function claimReviewDocument(
  entries: readonly ExportableEntry[],
  today: string,
): ClaimReviewDocumentJson {
  return { '@context': CLAIMREVIEW_CONTEXT, '@graph': entries.map((e) => claimReviewFor(e, today)) };
}
