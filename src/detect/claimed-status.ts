import type { Status } from '../kb/schema';
import type { CueClass } from './cue-lists';
import { phrases } from './phrase-book';
import type { Span } from './sentences';
import {
  DESCRIBED,
  LEGISLATION,
  PENDING,
  asks,
  ownSpans,
  sentenceReadings,
  statusWithoutVerb,
  type CueTarget,
  type Reading,
} from './status-defaults';

export type { CueTarget } from './status-defaults';

type Mood = 'plain' | 'hedged' | 'negated';
const PRECEDENCE: Status[] = ['reported', 'proposed', 'official', 'rescinded'];
/** A bill "dropped", "scrapped" or "gone" never became law: it stays a proposal. */
const BILL_DROPPED =
  /^(?:dropped|drops|scrapped|scraps|scrapping|pulled|ended|ends|gone|(?:is|are) (?:now )?gone)/;
/** "issued a request for information", "published a call for proposals". */
const REQUEST_AFTER = /^\s+(?:an? |its |the )?(?:[\w-]+ )?(?:request|call)s? for\b/;
/** Acquire cues that say a product or site is up and running (launched, went live, rolled out). */
const LAUNCHED =
  /^(?:launch|rolled out|rolls out|went live|goes live|is live|now live|debut|became available|is available)/;

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
  if (asks(sentence) && !/\?\s*$/.test(sentence)) return null;
  const readings = sentenceReadings(sentence, lower, target);
  // Denials of what a text contains ("never mentions", "neither requires nor forbids") claim no stage.
  let denied = false;
  const { VERB_CUES, NOUN_BEFORE, SPEAKER_BEFORE } = phrases();
  for (const cue of VERB_CUES) {
    for (const form of cue.base ? [cue.finite, cue.base] : [cue.finite]) {
      for (const match of matchesOf(form, lower)) {
        const at = match.index;
        if (belongsToOther(at, target) && !ownCaseCue(cue.cls, target)) continue;
        const before = cased.slice(Math.max(0, at - 80), at);
        if (match[0].endsWith('ing') && /\b(?:the|a|an|its|his|her|their)\s+$/.test(before)) continue; // "the signing"
        const mood = moodOf(before);
        // "a de facto ban", "the move": a base form after a determiner is a noun, not a verb.
        const describes = cue.cls === 'describe' || cue.cls === 'state';
        // ("The purchase, made through NYDIG": a noun for a completed act still says it happened.)
        if (form === cue.base && NOUN_BEFORE.test(before) && match[0] !== 'purchase') continue;
        // "A spokesman said", "officials told reporters": what a person says is not the item's act.
        if (cue.cls === 'state' && !/^urg/.test(match[0]) && SPEAKER_BEFORE.test(before)) continue;
        const after = lower.slice(at + match[0].length, at + match[0].length + 60);
        const reading = read(cue.cls, mood, match[0], at, before, after, target);
        if (reading) readings.push(reading);
        else if (
          mood === 'negated' &&
          describes &&
          (DESCRIBED.has(target.kind) || target.kind === 'proposed-rule')
        )
          denied = true;
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
  return best ? best.status : statusWithoutVerb(sentence, lower, target, denied);
}

/**
 * The matches of a global cue pattern, as matchAll gives them, but without the copy of
 * the pattern matchAll makes per call: ~30 patterns per claim add up on a long page.
 */
function matchesOf(pattern: RegExp, text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    matches.push(match);
    // An empty match would be found again at the same place: step past it as matchAll does.
    if (match[0] === '') pattern.lastIndex += stepAt(pattern, text, pattern.lastIndex);
  }
  return matches;
}

/** One character, or both halves of an astral one for a Unicode pattern. */
function stepAt(pattern: RegExp, text: string, index: number): number {
  const unicode = pattern.unicode || pattern.flags.includes('v');
  return unicode && (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
}

function distance(at: number, spans: readonly Span[]): number {
  let nearest = Infinity;
  for (const [start, end] of spans)
    nearest = Math.min(nearest, at < start ? start - at : at >= end ? at - end : 0);
  return nearest;
}

/**
 * "The 2022 guidance urged...", "the release also urged...": the item's own words end
 * just before the verb, or an adverb or auxiliary apart (the item is its subject).
 * `before` is the text just before the verb.
 */
function isSubject(at: number, target: CueTarget, before: string): boolean {
  return ownSpans(target).some(
    ([, end]) =>
      end <= at &&
      at - end <= before.length &&
      /^\s*(?:(?:also|had|has|have|\w+ly)\s+)*$/.test(before.slice(before.length - (at - end))),
  );
}

/** Whether a cue at `at` is nearer another claimed entry's terms than this entry's own. */
function belongsToOther(at: number, target: CueTarget): boolean {
  const others = target.otherSpans ?? [];
  if (others.length === 0) return false;
  return distance(at, others) < distance(at, ownSpans(target));
}

/**
 * "ForUsAll sued the Labor Department over its guidance": a lawsuit's verbs say something
 * only of a court case, so they are the case's even when another item's words stand nearer,
 * unless a second case is in the sentence to share them.
 */
function ownCaseCue(cls: CueClass, target: CueTarget): boolean {
  return (
    (cls === 'sue' || cls === 'decide') &&
    target.kind === 'court-case' &&
    !(target.otherKinds ?? []).includes('court-case')
  );
}

/** The mood of a verb from the last five words of its clause before it. */
function moodOf(before: string): Mood {
  const { FACTIVE, NEGATION, HEDGE } = phrases();
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
      // "GPIF issued a request for information": what a fund puts out is a study (see 'study').
      if (kind === 'pension-fund-action' && REQUEST_AFTER.test(after)) return null;
      if (mood !== 'plain')
        return reading(mood === 'hedged' || kind === 'executive-order' ? pending : null, 2);
      return kind === 'proposed-rule' ? reading('proposed', 3) : reading('official', 4);
    case 'enact':
      return mood === 'plain' ? reading('official', 4) : reading(pending, 2);
    case 'acquire': {
      // "owns no bitcoin", "holds none": the object denies the act.
      const act = /^\s+(?:no|none)\b/.test(after) ? 'negated' : mood;
      if (kind === 'statistic') return act === 'plain' ? reading('official', 2) : null;
      // "Texas has put bitcoin into its pension funds": the state acting as if the bill were law.
      // "lets its pension fund buy bitcoin" only says what the bill permits.
      if (legislation)
        return act === 'plain' && !phrases().PERMITS.test(before) ? reading('official', 0.5) : null;
      // "TrumpIRA.gov went live": what an order set up, now running, says the order is in force.
      if (kind === 'executive-order')
        return act === 'plain' && LAUNCHED.test(verb) ? reading('official', 3) : null;
      if (kind !== 'pension-fund-action' && kind !== 'private-product') return null;
      return act === 'plain' ? reading('official', 4) : act === 'hedged' ? reading('reported', 2) : null;
    }
    case 'announce':
      if (mood !== 'plain') return mood === 'hedged' ? reading('reported', 2) : null;
      return legislation || kind === 'proposed-rule' ? reading('proposed', 3) : reading('official', 4);
    case 'propose':
      if (mood !== 'plain') return mood === 'hedged' ? reading('reported', 2) : null;
      return kind === 'private-product' ? reading('official', 4) : reading('proposed', 3);
    case 'progress':
      if (legislation) return reading('proposed', mood === 'plain' ? 3 : 2);
      return mood === 'plain' && /^(?:approve|bless)/.test(verb) ? reading('official', 4) : null;
    case 'fail': {
      if (legislation) return mood === 'negated' ? null : reading('proposed', mood === 'plain' ? 3 : 2);
      // A judge who "killed" a suit decided it (see 'decide'); guidance or a plan killed is gone.
      const gone = /^(?:withdr|pulled)/.test(verb) || (/^kill/.test(verb) && kind !== 'court-case');
      return gone ? readRescind(mood, at, before, after, target) : null;
    }
    case 'rescind':
      if (legislation && BILL_DROPPED.test(verb)) {
        return mood === 'negated' ? null : reading('proposed', 3);
      }
      return readRescind(mood, at, before, after, target);
    case 'describe':
    case 'state':
      // "A researcher urged the pension service to consider ETFs": someone's proposal to the fund.
      // What a release itself urged is what it says; an order or a law others urge is no text yet.
      if (/^urg/.test(verb) && !(kind === 'agency-guidance' && isSubject(at, target, before)))
        return kind === 'pension-fund-action' ? reading('proposed', 2) : null;
      // "The order directs...", "It does not force any employer...": what an existing text does.
      // A bill's, until the article says it was signed: then it is the law's.
      if (kind === 'bill') return reading(target.inForce ? 'official' : 'proposed', 1);
      if (kind === 'proposed-rule') return mood === 'hedged' ? reading('proposed', 1) : null;
      if (!DESCRIBED.has(kind)) return null;
      if (mood === 'hedged')
        return cls === 'describe' ? reading(target.inForce ? 'official' : pending, 1) : null;
      // "It does not force anyone" says what it does; "it never mentions bitcoin" only what it lacks.
      return mood === 'negated' && cls === 'state' ? null : reading('official', 1);
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
  const { PASSIVE, RESTRICTIONS } = phrases();
  if (PASSIVE.test(before)) return reading('rescinded', 5);
  if (RESTRICTIONS.test(after)) return reading('official', 4); // "SEC staff scraps limits on...": the act itself
  const namedBefore = target.nameSpans.some(([, end]) => end <= at);
  const namedAfter = target.nameSpans.some(([start]) => start > at);
  return namedBefore && !namedAfter ? reading('official', 4) : reading('rescinded', 5);
}
