import type { EntryKind, Status } from '../kb/schema';
import { ATTRIBUTION, FACTIVE, HEDGE, NEGATION, PASSIVE, VERB_CUES, type CueClass } from './cue-lists';
import type { Span } from './sentences';

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
}

type Mood = 'plain' | 'hedged' | 'negated';
interface Reading {
  status: Status;
  strength: number;
}

/** What a status "still to come" is called for each kind: an order not yet signed is reported, a bill proposed. */
const PENDING: Record<EntryKind, Status | null> = {
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
const LEGISLATION = new Set<EntryKind>(['bill', 'law']);
const THIRD_PARTY =
  /\b(?:analysts?|researchers?|research firm)\s+(?:\w+\s+)?(?:said|say|says|estimated|estimate|estimates|calculated|found|put)\b|\b(?:firm|analyst|researcher)(?:'s|\u2019s)\s+(?:count|estimate|calculation|tally)\b/;
const PLANNED_KINDS = new Set<EntryKind>(['pension-fund-action', 'private-product', 'executive-order']);
const PLANS =
  /\b(?:is|are|was|were) (?:expected|set|poised|scheduled|slated|due) to\b|\bplans? to\b|\bplanned to\b|\bwill\b/;
/** Texts that exist once made: orders, laws, releases, final rules. */
const INSTRUMENTS = new Set<EntryKind>(['executive-order', 'law', 'agency-guidance', 'final-rule']);
/** Kinds whose text, once it exists, can be described in the present tense as a fact. */
const DESCRIBED = new Set<EntryKind>([
  'executive-order',
  'law',
  'agency-guidance',
  'final-rule',
  'court-case',
  'statistic',
]);
/** Objects of "lifted", "scrapped", "dropped" that make the act a relaxation, not a rescinded item. */
const RESTRICTIONS =
  /^\s+(?:the\s+|its\s+|a\s+)?(?:[\w%-]+\s+){0,2}(?:limits?|caps?|restrictions?|requirements?|barriers?|obstacles?|hurdles?|minimums?|thresholds?)\b/;
const PRECEDENCE: Status[] = ['reported', 'proposed', 'official', 'rescinded'];

/**
 * The status a sentence's own wording claims for an entry, or null when it claims
 * none. Each verb cue is read with the words before it in its clause (negation,
 * hedges, "the decision to", passives); the strongest reading wins, and on a tie
 * the later stage of a lifecycle (rescinded > official > proposed > reported).
 */
export function claimedStatus(sentence: string, target: CueTarget): Status | null {
  const lower = sentence.toLowerCase().replace(/[\u2018\u2019]/g, "'");
  // The month is not the modal: "in May rescinded" must not read as "may rescind".
  const cased = sentence
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/\bMay\b/g, 'Month')
    .toLowerCase();
  const readings: Reading[] = [];
  // A claim that rests on a report or unnamed sources is a report, whatever its verb says.
  if (ATTRIBUTION.test(lower)) readings.push({ status: 'reported', strength: 4.5 });
  // "would" describing a bill or rule: still a proposal; a fund's or a company's plan: only reported.
  if (/\bwould\b/.test(lower)) {
    if (LEGISLATION.has(target.kind) || target.kind === 'proposed-rule')
      readings.push({ status: 'proposed', strength: 1 });
    if (target.kind === 'pension-fund-action' || target.kind === 'private-product') {
      readings.push({ status: 'reported', strength: 1 });
    }
  }
  // What analysts or a research firm worked out about a fund is a report, not the fund's own act.
  if (target.kind === 'pension-fund-action' && THIRD_PARTY.test(lower))
    readings.push({ status: 'reported', strength: 3.5 });
  // A third party's estimate of a fund's exposure is a report; an industry statistic is the fact itself.
  if (
    target.kind !== 'statistic' &&
    /\b(?:estimated|estimates|estimating|calculated|calculations?)\b/.test(lower)
  ) {
    readings.push({ status: 'reported', strength: 3.5 });
  }
  for (const cue of VERB_CUES) {
    for (const form of cue.base ? [cue.finite, cue.base] : [cue.finite]) {
      for (const match of lower.matchAll(form)) {
        const at = match.index;
        if (belongsToOther(at, target)) continue;
        const before = cased.slice(Math.max(0, at - 80), at);
        if (match[0].endsWith('ing') && /\b(?:the|a|an|its|his|her|their)\s+$/.test(before)) continue; // "the signing"
        const after = lower.slice(at + match[0].length, at + match[0].length + 60);
        const reading = read(cue.cls, moodOf(before), match[0], at, before, after, target);
        if (reading) readings.push(reading);
      }
    }
  }
  let best: Reading | null = null;
  for (const reading of readings) {
    if (
      !best ||
      reading.strength > best.strength ||
      (reading.strength === best.strength &&
        PRECEDENCE.indexOf(reading.status) > PRECEDENCE.indexOf(best.status))
    ) {
      best = reading;
    }
  }
  if (best) return best.status;
  if (/\?\s*$/.test(sentence)) return null; // a headline question claims nothing
  // A bill or a draft rule talked about with no verb of its own is still a proposal.
  if (target.kind === 'bill' || target.kind === 'proposed-rule') return 'proposed';
  // "The allocation is expected to be completed": a plan, known from what was said about it.
  if (PLANNED_KINDS.has(target.kind) && PLANS.test(lower)) return 'reported';
  // "a bill to codify Trump's 401(k) order": an order, law or release that another item's
  // act is about is presupposed to exist. A question claims nothing.
  const presupposed =
    (target.otherSpans?.length ?? 0) > 0 && INSTRUMENTS.has(target.kind) && !/\?\s*$/.test(sentence);
  return presupposed ? 'official' : null;
}

function distance(at: number, spans: readonly Span[]): number {
  let nearest = Infinity;
  for (const [start, end] of spans)
    nearest = Math.min(nearest, at < start ? start - at : at >= end ? at - end : 0);
  return nearest;
}

/** Whether a cue at `at` is nearer another claimed entry's terms than this entry's own. */
function belongsToOther(at: number, target: CueTarget): boolean {
  const others = target.otherSpans ?? [];
  if (others.length === 0) return false;
  return distance(at, others) < distance(at, [...(target.ownSpans ?? []), ...target.nameSpans]);
}

/** The mood of a verb from the last five words of its clause before it. */
function moodOf(before: string): Mood {
  if (FACTIVE.test(before)) return 'plain';
  // "401(k)" is a word, not a parenthesis that ends a clause.
  const clause =
    before
      .replace(/(\w)\((\w)\)/g, '$1$2')
      .split(/[,;:()"\u201c\u201d\u2014\u2013]|\s-\s/)
      .pop() ?? '';
  // "Release No. 2025-01" is a number, not a negation.
  const window = clause
    .replace(/\bnos?\.\s*\d[\w-]*/g, '')
    .split(/\s+/)
    .slice(-6)
    .join(' ');
  if (NEGATION.test(window)) return 'negated';
  if (HEDGE.test(window) || /\breportedly|allegedly\b/.test(window)) return 'hedged';
  return 'plain';
}

const reading = (status: Status | null, strength: number): Reading | null =>
  status ? { status, strength } : null;

function read(
  cls: CueClass,
  mood: Mood,
  verb: string,
  at: number,
  before: string,
  after: string,
  target: CueTarget,
): Reading | null {
  const { kind } = target;
  const pending = PENDING[kind];
  const legislation = LEGISLATION.has(kind);
  switch (cls) {
    case 'sign':
      if (kind !== 'executive-order' && kind !== 'agency-guidance' && !legislation) return null;
      return mood === 'plain' ? reading('official', 4) : reading(pending, 2);
    case 'issue':
      if (legislation) return null;
      if (mood !== 'plain')
        return reading(mood === 'hedged' || kind === 'executive-order' ? pending : null, 2);
      return kind === 'proposed-rule' ? reading('proposed', 3) : reading('official', 4);
    case 'enact':
      return mood === 'plain' ? reading('official', 4) : reading(pending, 2);
    case 'acquire':
      if (kind === 'statistic') return mood === 'plain' ? reading('official', 2) : null;
      if (kind !== 'pension-fund-action' && kind !== 'private-product') return null;
      return mood === 'plain' ? reading('official', 4) : mood === 'hedged' ? reading('reported', 2) : null;
    case 'announce':
      if (mood !== 'plain') return mood === 'hedged' ? reading('reported', 2) : null;
      return legislation || kind === 'proposed-rule' ? reading('proposed', 3) : reading('official', 4);
    case 'propose':
      if (mood !== 'plain') return mood === 'hedged' ? reading('reported', 2) : null;
      return kind === 'private-product' ? reading('official', 4) : reading('proposed', 3);
    case 'progress':
      if (legislation) return reading('proposed', mood === 'plain' ? 3 : 2);
      return mood === 'plain' && /^approve/.test(verb) ? reading('official', 4) : null;
    case 'fail':
      if (legislation) return mood === 'negated' ? null : reading('proposed', mood === 'plain' ? 3 : 2);
      return /^(?:withdr|pulled)/.test(verb) ? readRescind(mood, at, before, after, target) : null;
    case 'rescind':
      if (legislation && /^(?:dropped|drops|scrapped|scraps|pulled|ended|ends)/.test(verb)) {
        return mood === 'negated' ? null : reading('proposed', 3);
      }
      return readRescind(mood, at, before, after, target);
    case 'describe':
    case 'state':
      // "The order directs...", "It does not force any employer...": what an existing text does.
      if (kind === 'bill') return reading('proposed', 1);
      if (kind === 'proposed-rule') return mood === 'hedged' ? reading('proposed', 1) : null;
      if (DESCRIBED.has(kind))
        return mood === 'hedged' ? (cls === 'describe' ? reading(pending, 1) : null) : reading('official', 1);
      return null;
    case 'study':
      if (mood !== 'plain') return null;
      if (kind === 'executive-order' || kind === 'private-product') return reading('reported', 2);
      return kind === 'agency-guidance' || kind === 'statistic' || kind === 'court-case'
        ? null
        : reading('proposed', 2);
    case 'review':
      return kind === 'proposed-rule' || kind === 'final-rule' ? reading('reported', 3.5) : null;
    case 'sue':
      return kind === 'court-case' && mood !== 'negated' ? reading('proposed', 3) : null;
    case 'decide':
      return kind === 'court-case' && mood === 'plain' ? reading('official', 4) : null;
  }
}

/**
 * "X rescinded Y": Y is rescinded, X (the rescinding release or order) is official.
 * The entry is X when one of its names comes before an active verb and none follows it.
 */
function readRescind(
  mood: Mood,
  at: number,
  before: string,
  after: string,
  target: CueTarget,
): Reading | null {
  if (mood === 'hedged') return null; // "may rescind": still in force, the sentence claims no change
  if (mood === 'negated') return reading('official', 2); // "has not been revoked"
  if (PASSIVE.test(before)) return reading('rescinded', 5);
  if (RESTRICTIONS.test(after)) return reading('official', 4); // "SEC staff scraps limits on...": the act itself
  const namedBefore = target.nameSpans.some(([, end]) => end <= at);
  const namedAfter = target.nameSpans.some(([start]) => start > at);
  return namedBefore && !namedAfter ? reading('official', 4) : reading('rescinded', 5);
}
