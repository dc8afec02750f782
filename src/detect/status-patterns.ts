/**
 * Patterns the status reader (claimed-status.ts, status-defaults.ts) applies beside the
 * verb cues of cue-lists.ts. Data, not code: they travel in the prepared matcher (see
 * phrase-tables.ts), never in the content script's bundle.
 */

/** Objects of "lifted", "scrapped", "dropped" that make the act a relaxation, not a rescinded item. */
export const RESTRICTIONS =
  /^\s+(?:the\s+|its\s+|a\s+)?(?:[\w%-]+\s+){0,2}(?:limits?|caps?|restrictions?|requirements?|barriers?|obstacles?|hurdles?|minimums?|thresholds?)\b/;

/** A determiner and at most two words before a word: "a de facto ban", "the new cap". */
export const NOUN_BEFORE =
  /\b(?:a|an|the|its|his|her|their|this|that|no|any)\s+(?:(?!(?:would|will|could|may|might|can|should|must|to|not|did|does|do)\b)[\w-]+\s+){0,2}$/;

/** "lets the fund buy", "allowing the state to invest": what a text permits, not an act. */
export const PERMITS =
  /\b(?:let|lets|letting|allow|allows|allowing|permit|permits|permitting|enable|enables|enabling)\b(?:\s+[\w'-]+){0,4}\s*$/;

/** A person or a group of people as the subject of a verb of saying, up to two words before it. */
export const SPEAKER_BEFORE =
  /\b(?:spokes(?:man|woman|person)|officials?|lawyers?|attorneys?|analysts?|researchers?|economists?|critics?|supporters?|advocates?|lawmakers?|legislators?|executives?|advis[eo]rs?|consultants?|people|sources|he|she|they|we|i|secretary|chair(?:man|woman)?|director|commissioner|governor|treasurer)(?:\s+[\w'-]+){0,2}\s*$/;

/** Analysts or a research firm as the source of a figure. */
export const THIRD_PARTY =
  /\b(?:analysts?|researchers?|research firm)\s+(?:\w+\s+)?(?:said|say|says|estimated|estimate|estimates|calculated|found|put)\b|\b(?:firm|analyst|researcher)(?:'s|\u2019s)\s+(?:count|estimate|calculation|tally)\b|\baccording to (?:[\w.&'\u2019-]+\s+){0,3}(?:research|analytics|analysts?|researchers?|estimates?|calculations?|count|tally)\b/;

/** Plans: "is expected to", "plans to", "will". */
export const PLANS =
  /\b(?:is|are|was|were) (?:expected|set|poised|scheduled|slated|due)\b|\bplans? to\b|\bplanned to\b|\bwill\b/;

/** "It is staff guidance rather than a commission rule": the item described as an instrument of some kind. */
export const CATEGORY =
  /^\s*(?:is|was|remains|are|were)\s+(?:not\s+|still\s+|only\s+|merely\s+|just\s+|now\s+)?(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:guidance|rule|regulation|law|order|statute|release|opinion|advisory|policy|directive)\b/;

/** Denials of a decision: "no decision has been made", "nothing is final until...". */
export const NO_DECISION =
  /\bno (?:final )?decision\b|\bnothing is (?:final|official|decided)\b|\bnot (?:yet )?(?:final|official)\b/;

/** The item as the subject of a modal: "The order would...", "The move could...". */
export const SUBJECT_MODAL = /^\s*(?:,[^,]*,\s*)?(?:would|could|may|might)\b/;

/** "What the 2022 release said", "How the order works": a heading that asks, and claims nothing. */
export const WH_HEADING = /^\s*(?:what|how|why|where|when|which|who)\b(?:\s+\S+){0,7}\s*$/i;

/**
 * "after", "since" or "under" and at most three words just before an item: time counted
 * from it ("a year after Trump's"), or what is done under it ("Under the August order").
 */
export const AFTER_ITEM = /\b(?:after|since|under)\s+(?:[\w'().-]+\s+){0,3}$/;
