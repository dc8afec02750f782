/**
 * Patterns and word lists of sentence splitting (sentences.ts), topic and tie checks
 * (sentence-features.ts, choose-claims.ts) and items outside the KB (reference-claims.ts,
 * article-place.ts, actor-carry.ts, forward-pronoun.ts). Data, not code: they travel in
 * the prepared matcher (see phrase-tables.ts).
 */

/** Titles before a name: never the end of a sentence. */
export const TITLE =
  /(?:^|[\s([{"'\u201c\u2018])(?:Sens?|Reps?|Govs?|Lt|Gen|Mrs?|Ms|Drs?|Prof|Sr|Jr|St|Pres|Atty|Col|Capt|Sgt|Rev|Hon|Amb|Adm|Maj|Supt|Cmdr|Gens|Messrs|vs?|e\.g|i\.e|approx|cf|Dept)\.$/;

/** Abbreviations that a number follows: "Jan. 5", "Sept. 30", "No. 2022-01", "Pub. L. 117". */
export const BEFORE_NUMBER =
  /(?:^|[\s([{"'\u201c\u2018])(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Nos?|Art|Secs?|Ch|Vol|Para|pp?|Fig|Ref|Pub|L|Stat)\.$/;

/** Initials, postal-style state abbreviations and company suffixes: "U.S.", "H.R.", "Donald J.", "Ariz.", "Inc.". */
export const INITIALS =
  /(?:^|[\s([{"'\u201c\u2018-])(?:(?:[A-Z]\.)*[A-Z]|Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Md|Mass|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Tex|Va|Vt|Wash|Wis|Wyo|Inc|Corp|Co|Ltd|Bros)\.$/;

/** Words that start a new sentence after "U.S." rather than continue a name ("U.S. Department"). */
export const SENTENCE_STARTERS = new Set(
  (
    'The A An In On At It Its He She They We I You This That These Those There Here But And Or So Yet For If When ' +
    'While After Before As Since Although Though However Meanwhile Still Also Under According What Why How Who ' +
    'Some Many Most Other Such Both Each All No Not Their His Her Our Last Next Earlier Later Separately Now Then ' +
    'Officials Analysts Critics Supporters Investors Lawmakers'
  ).split(' '),
);

/** "does not mention retirement plans", "rather than from pension assets", "never mentions digital assets". */
export const NEGATED =
  /\b(?:not|never|nor|neither|without|rather than|instead of|excluding|except|non)\b(?:\W+\w+){0,2}\W*$/i;

/** "is not buying bitcoin", "did not hold crypto": a denied act on the topic, which stays the topic. */
export const DENIED_ACT =
  /\b(?:buy|buys|buying|bought|hold|holds|holding|held|own|owns|owning|owned|invest|invests|investing|invested|purchase|purchasing|purchased|add|adding|added|allocate|allocating|allocated)\b(?:\s+(?:any|a|the|its|their|more|some))?\W*$/i;

export const NOT_AN_ORDER_BEFORE =
  /\b(?:in|buy|sell|limit|market|stop|stop-loss|court|judge's|gag|restraining|protective|pecking|law and|standing|purchase|trade|trading|large|big|pre-)\s+$/i;

export const NOT_AN_ORDER_AFTER = /^s?\s+(?:to|for|of|book|books|flow|flows|size|sizes|type|types)\b/i;

/** "after", "before", "since", "following" just before an item's first term (three words at most). */
export const TIME_ANCHOR =
  /\b(?:after|before|since|(?<!\b(?:people|those|anyone|observers|analysts|lawyers|investors|who|are|is|was|were|been|closely)\s)following|until|ahead of)\b(?:\W+[\w'\u2019-]+){0,3}\W*$/i;

/** "not the state's pension system", "rather than from pension assets": the money is explicitly not pension money. */
export const NEGATED_TIE =
  /\b(?:not|no|never|without|rather than|instead of|excluding|except|nor|non)\b(?:\W+\w+){0,3}\W*$/i;

/** A clause opened by "Nor does...", or with "does not"/"never" before the tie: it denies the tie. */
export const NEGATED_CLAUSE = /^\s*(?:nor|neither)\b|\b(?:not|never)\b|n't\b/i;

/** Identifiers and act names of items the KB may not have; a reference after them means them, not us. */
export const OTHER_BILL =
  /\b(?:H\.?\s?B\.?|S\.?\s?B\.?|H\.?\s?R\.?|A\.?\s?B\.?|S\.|House Bill|Senate Bill|Assembly Bill|SF|HF|LD)\s?\d{1,5}\b|\b(?!(?:The|This|That|An?)\s+Act\b)(?:[A-Z][\w-]*\s+){1,5}Act\b/;

export const OTHER_ORDER = /\b(?:Executive Order|EO|E\.O\.)\s?\d{4,6}\b/;

export const SHORT_IT =
  /^\s*it(?:'s|\u2019s|\s+is|\s+was|\s+has\s+been)\s+(?:now\s+|finally\s+|officially\s+)?[\p{L}-]+\s*[.!]?\s*$/iu;

/** "HB 487", "S.B. 550", "House Bill 92", "H92": a state bill number. */
export const BILL_NUMBER =
  /\b(?:H\.?\s?B\.?|S\.?\s?B\.?|H\.?\s?R\.?|House Bill|Senate Bill|[HS])\s?\d{1,5}\b/;

export const ACTOR_WORD = /\bthe (?:company|firm|provider|recordkeeper)\b/i;
