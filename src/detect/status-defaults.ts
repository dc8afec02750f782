import type { EntryKind, Status } from '../kb/schema';
import { phrases } from './phrase-book';
import type { Span } from './sentences';

/**
 * What a sentence says about an item's status beyond its verbs: who it rests on
 * (reports, analysts), modals and plans, copular descriptions ("It is staff
 * guidance"), and what it claims when it has no status verb at all.
 */

/** What the cue reader needs to know of the entry a sentence was matched to. */
export interface CueTarget {
  kind: EntryKind;
  /** Spans, in the sentence, of the entry's names that matched ("EO 14330", "Release No. 2025-01"). */
  nameSpans: readonly Span[];
  /**
   * When the sentence also claims other entries: the spans of this entry's own terms and
   * of theirs. A verb nearer their terms than this entry's is about them, not this one.
   */
  ownSpans?: readonly Span[];
  otherSpans?: readonly Span[];
  /** The kinds of the other entries the sentence claims. */
  otherKinds?: readonly EntryKind[];
  /** The article already said the item happened (see DetectionState.inForce). */
  inForce?: boolean;
}

export interface Reading {
  status: Status;
  strength: number;
}

/** What a status "still to come" is called for each kind: an order not yet signed is reported, a bill proposed. */
export const PENDING: Record<EntryKind, Status | null> = {
  'executive-order': 'reported',
  'agency-guidance': 'reported',
  'pension-fund-action': 'reported',
  'private-product': 'reported',
  statistic: null,
  'court-case': 'proposed',
  bill: 'proposed',
  law: 'proposed',
  'proposed-rule': 'proposed',
  'final-rule': 'proposed',
};
export const LEGISLATION = new Set<EntryKind>(['bill', 'law']);
/**
 * Kinds whose text, once it exists, can be described in the present tense as a fact. Not a
 * court case: "the case asks whether..." describes a suit still pending.
 */
export const DESCRIBED = new Set<EntryKind>([
  'executive-order',
  'law',
  'agency-guidance',
  'final-rule',
  'statistic',
]);
/** Texts that exist once made: orders, laws, releases, final rules. */
const INSTRUMENTS = new Set<EntryKind>(['executive-order', 'law', 'agency-guidance', 'final-rule']);
const PLANNED_KINDS = new Set<EntryKind>(['pension-fund-action', 'private-product', 'executive-order']);

/** A sentence that ends by naming whose estimate it is: "..., K33 Research estimated." */
const TRAILING_ESTIMATE = /,\s*(?:[\w.'&-]+\s+){1,4}(?:estimated|estimates|calculated|calculates)\W*$/;

/** Readings of the sentence as a whole, before its verbs are read. */
export function sentenceReadings(sentence: string, lower: string, target: CueTarget): Reading[] {
  const readings: Reading[] = [];
  const { ATTRIBUTION, SUBJECT_MODAL, CATEGORY, NO_DECISION, THIRD_PARTY } = phrases();
  // A claim that rests on a report or unnamed sources is a report, whatever its verb says.
  if (ATTRIBUTION.test(lower)) readings.push({ status: 'reported', strength: 4.5 });
  // "would" describing a bill or rule: still a proposal; a fund's or a company's plan: only reported.
  if (/\bwould\b/.test(lower)) {
    if (LEGISLATION.has(target.kind) || target.kind === 'proposed-rule')
      readings.push({ status: 'proposed', strength: 1 });
    if (target.kind === 'pension-fund-action' || target.kind === 'private-product')
      readings.push({ status: 'reported', strength: 1 });
  }
  const after = (pattern: RegExp) => ownSpans(target).some(([, end]) => pattern.test(lower.slice(end)));
  // "The move would follow...": an order that is only the subject of a modal is not signed yet.
  // ...unless the article already said it was signed: then "the order could..." describes it.
  if (target.kind === 'executive-order' && !target.inForce && after(SUBJECT_MODAL))
    readings.push({ status: 'reported', strength: 1.5 });
  // "It is staff guidance rather than a commission rule": an instrument that exists, described.
  if (DESCRIBED.has(target.kind) && after(CATEGORY)) readings.push({ status: 'official', strength: 1 });
  // "No decision on the order should be treated as final": a rumoured item is still only reported.
  if (PENDING[target.kind] === 'reported' && NO_DECISION.test(lower))
    readings.push({ status: 'reported', strength: 2 });
  // What analysts or a research firm worked out about a fund is a report, not the fund's own act.
  if (target.kind === 'pension-fund-action' && THIRD_PARTY.test(lower))
    readings.push({ status: 'reported', strength: 3.5 });
  // A third party's estimate of a fund's exposure is a report; an industry statistic is the fact itself.
  if (
    target.kind !== 'statistic' &&
    /\b(?:estimated|estimates|estimating|calculated|calculations?)\b/.test(lower)
  )
    // "..., K33 Research estimated.": the whole sentence is the firm's estimate, whatever its verb.
    readings.push({ status: 'reported', strength: TRAILING_ESTIMATE.test(lower) ? 4.5 : 3.5 });
  return readings;
}

/** Whether the sentence is a question or a heading that asks ("What the order does"): it claims no status. */
export function asks(sentence: string): boolean {
  return /\?\s*$/.test(sentence) || (phrases().WH_HEADING.test(sentence) && !/[.!]\s*$/.test(sentence));
}

/**
 * What a sentence with no status verb claims. `denied`: it only says what the item does
 * not contain or require ("The proposal does not mention bitcoin"), which claims no stage.
 */
export function statusWithoutVerb(
  sentence: string,
  lower: string,
  target: CueTarget,
  denied: boolean,
): Status | null {
  if (asks(sentence) || denied) return null;
  // "Whether the final version kept the language is not clear": a doubt, not a stage.
  const doubt = /^\s*whether\b/i.test(sentence);
  // A bill or a draft rule talked about with no verb of its own is still a proposal.
  if (!doubt && (target.kind === 'bill' || target.kind === 'proposed-rule')) return 'proposed';
  // "The allocation is expected to be completed": a plan, known from what was said about it.
  if (PLANNED_KINDS.has(target.kind) && phrases().PLANS.test(lower)) return 'reported';
  // "Americans had $10.1 trillion in 401(k) plans": a figure stated is the statistic's claim.
  if (!doubt && target.kind === 'statistic') return 'official';
  return presupposed(target) || anchoredAfter(lower, target) ? 'official' : null;
}

/**
 * "One year after Trump's 401(k) order, crypto is...", "since the release", "Under the
 * August order, regulators must...": an order, law or release that time is counted from,
 * or that others act under, has happened.
 */
function anchoredAfter(lower: string, target: CueTarget): boolean {
  if (!INSTRUMENTS.has(target.kind)) return false;
  return ownSpans(target).some(([start]) =>
    phrases().AFTER_ITEM.test(lower.slice(Math.max(0, start - 40), start)),
  );
}

/**
 * "a bill to codify Trump's 401(k) order": an order, law or release that another item's
 * act is about, named after that item, is presupposed to exist. An item a lawsuit
 * challenges is not: the suit disputes it.
 */
function presupposed(target: CueTarget): boolean {
  const others = target.otherSpans ?? [];
  if (others.length === 0 || !INSTRUMENTS.has(target.kind)) return false;
  if ((target.otherKinds ?? []).includes('court-case')) return false;
  const own = ownSpans(target);
  const first = (spans: readonly Span[]) => Math.min(...spans.map(([start]) => start));
  return own.length === 0 || first(own) > first(others);
}

export function ownSpans(target: CueTarget): Span[] {
  return [...(target.ownSpans ?? []), ...target.nameSpans];
}
