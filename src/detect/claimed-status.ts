import type { EntryKind, Status } from '../kb/schema';
import { ATTRIBUTION, FACTIVE, HEDGE, NEGATION, PASSIVE, VERB_CUES, type CueClass } from './cue-lists';
import type { Span } from './sentences';

/** What the cue reader needs to know of the entry a sentence was matched to. */
export interface CueTarget {
  kind: EntryKind;
  /** Spans, in the sentence, of the entry's names that matched ("EO 14330", "Release No. 2025-01"). */
  nameSpans: readonly Span[];
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
  // A bill or proposed rule described with "would" is, in that sentence, still a proposal.
  if ((LEGISLATION.has(target.kind) || target.kind === 'proposed-rule') && /\bwould\b/.test(lower)) {
    readings.push({ status: 'proposed', strength: 1 });
  }
  for (const cue of VERB_CUES) {
    for (const form of cue.base ? [cue.finite, cue.base] : [cue.finite]) {
      for (const match of lower.matchAll(form)) {
        const at = match.index;
        const before = cased.slice(Math.max(0, at - 80), at);
        if (match[0].endsWith('ing') && /\b(?:the|a|an|its|his|her|their)\s+$/.test(before)) continue; // "the signing"
        const reading = read(cue.cls, moodOf(before), match[0], at, before, target);
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
  return best?.status ?? null;
}

/** The mood of a verb from the last five words of its clause before it. */
function moodOf(before: string): Mood {
  if (FACTIVE.test(before)) return 'plain';
  const clause = before.split(/[,;:()"\u201c\u201d\u2014\u2013]|\s-\s/).pop() ?? '';
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
  target: CueTarget,
): Reading | null {
  const { kind } = target;
  const pending = PENDING[kind];
  const legislation = LEGISLATION.has(kind);
  switch (cls) {
    case 'sign':
      if (kind !== 'executive-order' && !legislation) return null;
      return mood === 'plain' ? reading('official', 4) : reading(pending, 2);
    case 'issue':
      if (legislation) return null;
      if (mood !== 'plain')
        return reading(mood === 'hedged' || kind === 'executive-order' ? pending : null, 2);
      return kind === 'proposed-rule' ? reading('proposed', 3) : reading('official', 4);
    case 'enact':
      return mood === 'plain' ? reading('official', 4) : reading(pending, 2);
    case 'acquire':
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
      return /^(?:withdr|pulled)/.test(verb) ? readRescind(mood, at, before, target) : null;
    case 'rescind':
      if (legislation && /^(?:dropped|drops|scrapped|scraps|pulled|ended|ends)/.test(verb)) {
        return mood === 'negated' ? null : reading('proposed', 3);
      }
      return readRescind(mood, at, before, target);
    case 'describe':
      if (mood === 'negated') return null;
      if (legislation || kind === 'proposed-rule') return reading('proposed', 1);
      if (kind === 'executive-order' || kind === 'agency-guidance' || kind === 'final-rule') {
        return mood === 'plain' ? reading('official', 1) : reading(pending, 1);
      }
      return null;
    case 'study':
      if (mood !== 'plain') return null;
      return reading(kind === 'executive-order' ? 'reported' : 'proposed', 2);
    case 'sue':
      return kind === 'court-case' && mood === 'plain' ? reading('proposed', 3) : null;
    case 'decide':
      return kind === 'court-case' && mood === 'plain' ? reading('official', 4) : null;
  }
}

/**
 * "X rescinded Y": Y is rescinded, X (the rescinding release or order) is official.
 * The entry is X when one of its names comes before an active verb and none follows it.
 */
function readRescind(mood: Mood, at: number, before: string, target: CueTarget): Reading | null {
  if (mood === 'hedged') return null; // "may rescind": still in force, the sentence claims no change
  if (mood === 'negated') return reading('official', 2); // "has not been revoked"
  if (PASSIVE.test(before)) return reading('rescinded', 5);
  const namedBefore = target.nameSpans.some(([, end]) => end <= at);
  const namedAfter = target.nameSpans.some(([start]) => start > at);
  return namedBefore && !namedAfter ? reading('official', 4) : reading('rescinded', 5);
}
