/**
 * Words that tell where a word stands in its clause (sentence-tokens.ts) and how an
 * "it" refers (pronoun-references.ts). Data, not code: they travel in the prepared
 * matcher (see phrase-tables.ts).
 */

/** Words after which a new clause starts. */
export const CLAUSE_OPENERS = new Set(
  'that said says say told because although though while whether but and so yet if when once unless whereas which who whom'.split(
    ' ',
  ),
);
/** Words that may come before a clause's subject: "Under the proposal,", "Now the bill...", "Last week the fund...". */
export const LEAD_IN = new Set(
  (
    'under in for with also now on at by meanwhile still separately instead then even only just and but yet so ' +
    'however earlier later last this next week month year today yesterday thus since'
  ).split(' '),
);

/** The words a question opens with before the phrase it asks about: "What is", "How does", "When will". */
export const QUESTION_LEAD = new Set(
  'what how why when where who which does do did is are was were will would can could has have should so and but'.split(
    ' ',
  ),
);

/** A noun phrase after one of these (three words at most) is a point in time, not what the sentence is about. */
export const TIME_WORDS = new Set('after before since following until'.split(' '));
export const TIME_PHRASES = /\b(?:ahead of|prior to|in the wake of)\s+$/i;
/**
 * Words before "following" that make it a verb, not a point in time: "people following the
 * bill", "lawyers who are following the case", "anyone closely following the order".
 */
export const FOLLOWING_AS_VERB =
  /^(?:people|persons|those|anyone|everyone|others|observers|watchers|analysts|lawyers|lobbyists|investors|advocates|experts|insiders|sources|readers|reporters|officials|who|that|is|are|was|were|be|been|closely|carefully)$/;

/** Words that end a sentence's opening noun phrase: "Comments | on the rule", "Lawmakers | urged". */
export const PHRASE_END = new Set(
  'on of in at by for to with from about over under is are was were be been has have had do does did will would can could may might should must said say says and or but that which who'.split(
    ' ',
  ),
);

export const DETERMINER = /^(?:the|a|an|this|these|those|its|their|our|some|many|most|several|few|both|all)$/;

/** Titles and nouns for people: a sentence opening with one has a person for its subject. */
export const PERSON =
  /^(?:he|she|i|gov|governor|sen|senator|rep|representative|president|mr|mrs|ms|dr|judge|justice|secretary|chair|chairman|chairwoman|commissioner|treasurer|mayor|spokesman|spokeswoman|spokesperson|official|lawyer|attorney|analyst|sponsor|lawmaker)\.?$/;

/**
 * "It also directs...", "If passed, it would...", "It's signed.", "At the end of 2024 it
 * held...": a sentence that opens with "it" or "its" as a subject (after a time phrase).
 */
export const OPENING_PRONOUN =
  /^(?:(?:but|and|so|yet|now|still|instead|meanwhile|however|also|if|once|when|unless|until|though|although)\b(?:[^,.;]{0,40},)?\s+|(?:in|at|by|on|during|since|last|this|earlier|later)\b[^,.;]{0,30}?\b(?:\d{4}|year|quarter|month|week)\b,?\s+)?(?:it(?:'s|\u2019s)?|its)\b/i;
/**
 * "It is unclear...", "It is in fact a consultancy": a dummy "it", or a description of
 * something not named. "It is expected to pass" refers; "it is expected that" does not.
 */
export const DUMMY_IT =
  /^it(?:\s+(?:is|was|remains|seems|appears)|'s|\u2019s)\s+(?:not\s+|in fact\s+|actually\s+|really\s+|also\s+|just\s+|only\s+|still\s+)*(?:(?:clear|unclear|possible|impossible|difficult|hard|easy|too|unknown|worth|time|true|false|important|notable|uncertain|a|an|the|one|been|to be seen)\b|(?:likely|unlikely|expected|thought|believed|known)\s+(?:that|whether|if|how|when)\b)/i;
/** "make it easier", "find it hard": "it" as a placeholder. */
export const EXPLETIVE_VERBS = new Set(
  'make makes made making find finds found keep keeps kept take takes took leave leaves left'.split(' '),
);
/** "most of it", "some of it": the stuff of an item (money, assets), not the item. */
export const PARTITIVES = new Set('most some all much part none half any rest'.split(' '));
export const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their']);
export const PERSONAL = new Set(['he', 'she', 'they', 'we', 'i', 'you', 'it', 'its', "it's"]);
/** Words after an object "it": "finalized it.", "called it a ban", "switch it on", "about it and". */
export const AFTER_OBJECT = new Set(
  'a an the on off up down out in into to for as with over back from at by and or but because since after before if when while until'.split(
    ' ',
  ),
);
