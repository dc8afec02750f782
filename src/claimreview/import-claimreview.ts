import { limitProblems, tooManyValues } from '../db/json-budget';
import { parseJsonText } from '../db/json-text';
import { zodProblems } from '../db/zod-problems';
import { entrySchema, type Entry } from '../kb/schema';
import { statusAt } from '../kb/status';
import { ENTRY_TERM, MAX_CLAIMREVIEW_BYTES } from './claimreview-format';
import { claimReviewInputSchema, type ClaimReviewInput } from './claimreview-input-schema';
import type { EntryCandidate } from './entry-candidate';
import { findClaimReviews, type FoundNode } from './find-claimreviews';
import { eventDateOf, mapClaimReview, statusOf } from './map-claimreview';

/**
 * Reads ClaimReview JSON-LD into own-entry candidates. A review Statusmark wrote
 * carries the whole entry (`statusmark:entry`) and comes back unchanged; a
 * fact-checker's review is mapped field by field (map-claimreview.ts). Every item
 * says what it became, what stops it, and which of its fields had no place.
 */

/** Fields ClaimReview has no counterpart for; the user sets them in the entry form. */
const NOT_IN_CLAIMREVIEW = ['kind', 'scope', 'confidence'] as const;

export interface ClaimReviewItem {
  /** Where the review is in the file, e.g. `@graph[2]`; problem paths are relative to it. */
  path: string;
  /** The claim, to show the user which review this is. */
  label: string;
  /** `statusmark`: the full entry came with it; `schema.org`: mapped from ClaimReview fields. */
  via: 'statusmark' | 'schema.org';
  /** A valid entry, or null when problems stop it (then `candidate` can open the entry form). */
  entry: Entry | null;
  candidate: EntryCandidate;
  problems: string[];
  notes: string[];
  unmapped: string[];
}

export interface ClaimReviewReadResult {
  /** Problems with the file as a whole: nothing can be imported. */
  problems: string[];
  items: ClaimReviewItem[];
  /** Nodes that are not ClaimReviews. */
  ignored: string[];
}

const failed = (problem: string): ClaimReviewReadResult => ({ problems: [problem], items: [], ignored: [] });

function fromStatusmarkEntry(review: ClaimReviewInput, node: FoundNode): ClaimReviewItem {
  const parsed = entrySchema.safeParse(review[ENTRY_TERM]);
  const label = review.claimReviewed ?? node.path;
  if (!parsed.success) {
    return {
      path: node.path,
      label,
      via: 'statusmark',
      entry: null,
      candidate: {},
      problems: zodProblems(parsed.error, ENTRY_TERM),
      notes: [],
      unmapped: [],
    };
  }
  const entry = parsed.data;
  const problems: string[] = [];
  const rated = statusOf(review.reviewRating?.alternateName);
  const day = eventDateOf(review.datePublished);
  const onDay = day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? statusAt(entry, day) : null;
  if (rated && onDay && rated !== onDay) {
    problems.push(
      `reviewRating.alternateName: "${rated}" disagrees with the entry's timeline, which says "${onDay}" on ${day}`,
    );
  }
  return {
    path: node.path,
    label,
    via: 'statusmark',
    entry: problems.length ? null : entry,
    candidate: entry,
    problems,
    notes: [],
    unmapped: [],
  };
}

function fromSchemaOrg(review: ClaimReviewInput, node: FoundNode): ClaimReviewItem {
  const mapped = mapClaimReview(review);
  const parsed = entrySchema.safeParse(mapped.candidate);
  const missing = NOT_IN_CLAIMREVIEW.filter((field) => mapped.candidate[field] === undefined).map(
    (field) => `${field}: ClaimReview has no field for it; set it in the entry form`,
  );
  const schemaProblems = parsed.success
    ? []
    : zodProblems(parsed.error).filter((p) => !NOT_IN_CLAIMREVIEW.some((f) => p.startsWith(`${f}:`)));
  const problems = [...missing, ...mapped.problems, ...schemaProblems];
  return {
    path: node.path,
    label: review.claimReviewed ?? review.itemReviewed?.name ?? node.path,
    via: 'schema.org',
    entry: parsed.success && problems.length === 0 ? parsed.data : null,
    candidate: mapped.candidate,
    problems,
    notes: mapped.notes,
    unmapped: mapped.unmapped,
  };
}

/** Reads a parsed JSON-LD value; one far larger than any export is refused unread (src/db/json-budget.ts). */
export function readClaimReviews(document: unknown): ClaimReviewReadResult {
  const tooLarge = tooManyValues(document);
  if (tooLarge) return failed(tooLarge);
  const found = findClaimReviews(document);
  if (found.problems.length) return { problems: found.problems, items: [], ignored: found.ignored };
  const items = found.reviews.map((node): ClaimReviewItem => {
    const parsed = claimReviewInputSchema.safeParse(node.value);
    if (!parsed.success) {
      const problems = zodProblems(parsed.error);
      return {
        path: node.path,
        label: node.path,
        via: 'schema.org',
        entry: null,
        candidate: {},
        problems,
        notes: [],
        unmapped: [],
      };
    }
    const review = parsed.data;
    return review[ENTRY_TERM] !== undefined ? fromStatusmarkEntry(review, node) : fromSchemaOrg(review, node);
  });
  const listed = items.map((item) => ({ ...item, problems: limitProblems(item.problems) }));
  return { problems: [], items: listed, ignored: found.ignored };
}

/** Reads the text of a ClaimReview file: size, JSON syntax (with its position), then each review. */
export function readClaimReviewText(text: string): ClaimReviewReadResult {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CLAIMREVIEW_BYTES) {
    return failed(
      `(root): the file is ${(bytes / 1048576).toFixed(1)} MB; ClaimReview files are at most ${MAX_CLAIMREVIEW_BYTES / 1048576} MB`,
    );
  }
  const json = parseJsonText(text);
  return json.ok ? readClaimReviews(json.value) : failed(json.problem);
}
