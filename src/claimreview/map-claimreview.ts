import { idSchema, STATUSES, type Status } from '../kb/schema';
import type { ClaimReviewInput } from './claimreview-input-schema';
import type { EntryCandidate } from './entry-candidate';
import { mapSources } from './map-sources';

/**
 * Maps a fact-checker's ClaimReview (schema.org fields only) to an entry candidate.
 * Nothing is guessed: a field ClaimReview has no counterpart for (kind, scope,
 * confidence) stays empty for the user to set, and a rating that is not a Statusmark
 * status ("False", "Misleading") is a problem, not a status.
 */

export interface MappedClaimReview {
  candidate: EntryCandidate;
  problems: string[];
  notes: string[];
  /** ClaimReview properties that were present but have no place in an entry. */
  unmapped: string[];
}

/** Properties read by the mapping, per object; everything else present is reported as not imported. */
const USED = {
  review: [
    'identifier',
    'url',
    'claimReviewed',
    'reviewBody',
    'description',
    'datePublished',
    'author',
    'reviewRating',
    'itemReviewed',
  ],
  rating: ['alternateName', 'ratingExplanation'],
  claim: ['name', 'alternateName', 'appearance', 'firstAppearance', 'spatialCoverage', 'contentLocation'],
};
const STRUCTURAL = new Set(['@context', '@type', '@id']);

function unusedKeys(value: object | undefined, used: readonly string[], prefix: string): string[] {
  if (!value) return [];
  return Object.keys(value)
    .filter((key) => !used.includes(key) && !STRUCTURAL.has(key))
    .map((key) => prefix + key);
}

/** "2025-08-07T10:00:00Z" -> "2025-08-07"; YYYY-MM-DD, YYYY-MM and YYYY pass; anything else is null. */
export function eventDateOf(value: string | undefined): string | null {
  const match = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?)(?:T.*)?$/.exec(value?.trim() ?? '');
  return match?.[1] ?? null;
}

export function statusOf(value: string | undefined): Status | null {
  const word = value?.trim().toLowerCase();
  return STATUSES.find((s) => s === word) ?? null;
}

/** A kebab-case id from the review's identifier, or from the claim's words plus a short hash. */
export function entryIdFor(review: ClaimReviewInput): string {
  const given = String(review.identifier ?? '');
  if (idSchema.safeParse(given).success) return given;
  const words = (review.claimReviewed ?? review.itemReviewed?.name ?? 'claim')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  let hash = 0x811c9dc5;
  for (const c of `${review.url ?? ''} ${review.claimReviewed ?? ''}`)
    hash = Math.imul(hash ^ c.charCodeAt(0), 0x01000193);
  return `cr-${words || 'claim'}-${(hash >>> 0).toString(36)}`;
}

function jurisdictionOf(review: ClaimReviewInput): EntryCandidate['jurisdiction'] {
  const places = [
    ...(review.itemReviewed?.spatialCoverage ?? []),
    ...(review.itemReviewed?.contentLocation ?? []),
  ];
  const address = places.find((p) => p.address)?.address;
  if (!address) return undefined;
  const country = address.addressCountry;
  const code = typeof country === 'string' ? country : country?.name;
  return {
    ...(code ? { country: code.trim().toUpperCase() } : {}),
    ...(address.addressRegion ? { region: address.addressRegion.trim() } : {}),
    ...(address.addressLocality ? { locality: address.addressLocality.trim() } : {}),
  };
}

export function mapClaimReview(review: ClaimReviewInput): MappedClaimReview {
  const problems: string[] = [];
  const rating = review.reviewRating?.alternateName;
  const status = statusOf(rating);
  if (!status) {
    problems.push(
      rating === undefined
        ? 'reviewRating.alternateName: missing; Statusmark needs a status (proposed, reported, official or rescinded)'
        : `reviewRating.alternateName: "${rating.slice(0, 80)}" is not a Statusmark status (proposed, reported, official, rescinded)`,
    );
  }
  const date = eventDateOf(review.datePublished);
  if (!date) problems.push('datePublished: missing or not an ISO date; an event needs its date');
  const sources = mapSources(review);
  const claim = review.claimReviewed?.trim();
  const names = (review.itemReviewed?.alternateName ?? []).map((n) => n.trim()).filter(Boolean);
  const candidate: EntryCandidate = {
    id: entryIdFor(review),
    ...(review.itemReviewed?.name || claim ? { title: (review.itemReviewed?.name ?? claim)?.trim() } : {}),
    ...(review.reviewBody || review.description || claim
      ? { summary: (review.reviewBody ?? review.description ?? claim)?.trim() }
      : {}),
    ...(jurisdictionOf(review) ? { jurisdiction: jurisdictionOf(review) } : {}),
    events: [
      {
        ...(date ? { date } : {}),
        ...(status ? { status } : {}),
        ...(review.reviewRating?.ratingExplanation || claim
          ? { summary: (review.reviewRating?.ratingExplanation ?? claim)?.trim() }
          : {}),
        sources: sources.sources,
      },
    ],
    caveats: [],
    related: [],
    detect: { names },
  };
  return {
    candidate,
    problems: [...problems, ...sources.problems],
    notes: sources.notes,
    unmapped: [
      ...unusedKeys(review, USED.review, ''),
      ...unusedKeys(review.reviewRating, USED.rating, 'reviewRating.'),
      ...unusedKeys(review.itemReviewed, USED.claim, 'itemReviewed.'),
    ],
  };
}
