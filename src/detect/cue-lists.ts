/**
 * The words news uses to say where a policy item stands. Each verb cue has a class;
 * what a class means depends on the item's kind and on the words before the verb
 * (negation, hedges): see claimed-status.ts. Patterns are matched on the lower-cased
 * sentence with straight apostrophes. Data, not code: they travel in the prepared
 * matcher (see phrase-tables.ts); claimed-status.ts reads them with phrases().
 */

export type CueClass =
  | 'sign' // the act that makes an order or a bill official
  | 'issue' // guidance, rules, orders, statistics put out
  | 'enact' // became law, took effect, finalised
  | 'acquire' // a fund's or a product's real-world action: bought, holds, launched
  | 'announce'
  | 'propose' // introduced, filed, proposed
  | 'progress' // legislative steps short of law: passed the House, cleared committee
  | 'fail' // vetoed, died, withdrawn (a failed proposal stays proposed)
  | 'rescind' // rescinded, revoked, reversed, exited, written off
  | 'describe' // present-tense effect: "the order directs", "the bill would let"
  | 'study' // information requests, studies, exploring
  | 'state' // what a release, order or law says: "the release warned", "the order tells"
  | 'review' // a draft rule under White House (OMB) review: known only from the review docket
  | 'sue' // a lawsuit filed, a case taken up
  | 'decide'; // a court's judgment

export interface VerbCue {
  cls: CueClass;
  /** Finite forms ("signed", "signs") claim an event; base forms ("sign") only follow a modal or "to". */
  finite: RegExp;
  base?: RegExp;
}

const words = (list: string) => new RegExp(`\\b(?:${list})\\b`, 'g');

export const VERB_CUES: VerbCue[] = [
  { cls: 'sign', finite: words('signed|signs|signing|inked|inks'), base: words('sign') },
  {
    cls: 'issue',
    finite: words('issued|issues|issuing|released|publishe[sd]|posted|put out|restored|restores'),
    base: words('issue|publish|restore'),
  },
  {
    cls: 'enact',
    finite: words(
      "enacted|enacts|it's done|it is done|a done deal|it's official|it is official|is now official|became law|becomes law|took effect|takes effect|went into effect|goes into effect|in effect|in force|in place|on the books|session law|new law|signs law|signed law|finali[sz]ed|finali[sz]es|final rule|adopted|adopts|codified|codifies",
    ),
    base: words('enact|take effect|finali[sz]e|adopt|codify|become law'),
  },
  {
    cls: 'acquire',
    finite: words(
      'bought|buys|buying|(?:picked|picks|scooped|snapped) up (?:[\\w$.,-]+ ){0,4}(?:shares|stakes?|positions?|units|coins|bitcoin|ether)|(?:is|are|has been|have been) sitting on (?:[\\w$.,-]+ ){0,4}(?:shares|stakes?|positions?|units|coins|bitcoin|ether)|made (?:the|an|its|a|that|their) (?:[\\w$.-]+ ){0,2}(?:investment|purchase|bet|allocation)s?|has run|have run|has been running|bet|bets|betting|purchased|purchases|invested|invests|investing|holds|held|owns|owned|disclosed|discloses|allocated|allocates|acquired|added|adds|put|puts|putting|moved|led|increased|increases|raised|raises|boosted|boosts|tripled|triples|doubled|doubles|trimmed|trims|kept|keeps|maintained|maintains|reported holdings?|reported owning|reported (?:about |roughly |nearly )?[\\d.,]+(?: million| billion)? shares|launched|launches|rolled out|rolls out|began offering|begins offering|started offering|(?:is|are|now) offering|offers|offered|debuted|debuts|went live|goes live|is live|now live|became available|is available|(?:is|are) (?:now )?open to (?:[\\w.]+ ){0,2}(?:investors|customers|savers|clients|the public|everyone|all)',
    ),
    base: words(
      'buy|purchase|invest|hold|allocate|acquire|put|move|increase|raise|boost|triple|double|launch|roll out|offer|debut|add',
    ),
  },
  { cls: 'announce', finite: words('announced|announces|unveiled|unveils'), base: words('announce|unveil') },
  {
    cls: 'propose',
    finite: words(
      'introduced|introduces|filed(?! for (?:bankruptcy|chapter|creditor protection))|files(?! for (?:bankruptcy|chapter|creditor protection))|proposed|proposes|proposing|sponsored|reintroduced|reintroduces|drafted|submitted|put forward|prefiled|pre-filed',
    ),
    base: words('introduce|file|propose|sponsor|reintroduce|draft|submit'),
  },
  {
    cls: 'progress',
    finite: words(
      "passed|passes|cleared|clears|advanced|advances|approved|approves|blessed|blesses|voted|votes|heads to|goes to|sent to|moved out of|referred|concurred|concurs|agreed to (?:the )?(?:senate|house)(?:'s)? (?:changes|amendments?|version)",
    ),
    base: words('pass|clear|advance|approve|vote on'),
  },
  {
    cls: 'fail',
    finite: words(
      'vetoed|vetoes|died|dies|stalled|stalls|failed|fails|killed|rejected|rejects|voted down|shelved|tabled|postponed|withdrawn|withdrew|pulled',
    ),
    base: words('veto|kill|reject|shelve|withdraw'),
  },
  {
    cls: 'rescind',
    finite: words(
      'rescinded|rescinds|rescinding|rescission of|withdraws|revoked|revokes|revoking|repealed|repeals|repealing|reversed|reverses|reversing|scrapped|scraps|scrapping|dropped|drops|lifted|lifts|replaced|replaces|overturned|overturns|overturning|struck down|strikes down|striking down|exited|exits|exiting|dumped|dumps|dumping|unloaded|unloads|unloading|offloaded|offloads|offloading|divested|divests|divesting|liquidated|liquidating|sold off|selling off|sold out of|cashed out|cashes out|cashing out|bailed (?:on|out of)|bails (?:on|out of)|got rid of|gets rid of|getting rid of|gone (?:is|are)|(?:is|are) (?:now )?gone|(?:shed|sheds|shedding) (?:its|their|the|all|his|her) (?:[\\w-]+ ){0,3}(?:stake|shares|position|holdings?|investments?)|retracted|retracts|retracting|walked back|walks back|walking back|(?:sold|selling) (?:its|their|the|his|her) (?:entire|whole|full|remaining)|sold all|sells all|selling all|sold (?:them|those|these|it) all|wrote off|written off|writes off|writing off|write-off|wrote (?:[\\w$.]+ ){1,4}off|writes (?:[\\w$.]+ ){1,4}off|written (?:[\\w$.]+ ){1,4}off|wrote (?:[\\w$.]+ ){0,4}down|writes (?:[\\w$.]+ ){0,4}down|writing (?:[\\w$.]+ ){0,4}down|written down|write-down|marked down|down to zero|no longer holds?|no longer offers?|no longer in (?:effect|force|place)|(?:sold|sells|selling) (?:its|their|the) (?:[\\w-]+ ){0,3}(?:shares|stake|position|holdings?)',
    ),
    base: words(
      'rescind|revoke|repeal|reverse|scrap|drop|lift|replace|overturn|strike down|exit|dump|divest|sell off|write off',
    ),
  },
  {
    cls: 'describe',
    finite: words(
      'has had the effect|had the effect|has the effect|ordered|started|worked as|sparked|spurred|prompted|triggered|set in motion|lets|allows|allowed|permits|permitted|requires|required|directs|directed|creates|created|establishes|established|opens|opened|bars|barred|prohibits|prohibited|bans|blocks|stops|prevents|shields|protects|amends|mandates|forces|gives|gave|expands|expanded|calls for|called for|instructs|instructed|tells|clears the way|paves the way|authori[sz]es|authori[sz]ed|caps|capped|limits|restricts|shifts|moves|hands|handing',
    ),
    base: words(
      'let|allow|permit|require|direct|create|establish|open|bar|prohibit|ban|block|stop|prevent|shield|protect|amend|mandate|force|give|expand|instruct|authori[sz]e|cap|limit|restrict',
    ),
  },
  {
    cls: 'state',
    finite: words(
      'said|says|told|tells|warned|warns|cautioned|cautions|urged|urges|stated|states|noted|notes|asks|orders|covers|applies to|defines|mentions|spells out|lays out|implements|implemented|promised|declared|declares|formali[sz]es|formali[sz]ed',
    ),
    base: words('say|mention|cover|define|address'),
  },
  {
    cls: 'review',
    finite: words(
      '(?:at|to|by|with|before) (?:the )?(?:omb|oira|white house budget office|budget office|office of management and budget)|omb review|regulatory review|clears? review|under review at',
    ),
  },
  {
    cls: 'sue',
    finite: words(
      'sued|sues|suing|argues|contends|claims|alleges|seeks|challenged|challenges|brought (?:the|a|its) (?:case|suit|lawsuit|challenge)|agreed to hear|agrees to hear|to hear|will hear|(?:will|to|agreed to|agrees to) decide|(?:set|scheduled) for (?:oral )?arguments?|(?:heard|hears) (?:oral )?arguments?|took up|takes up|granted review|granted certiorari',
    ),
    base: words('sue|challenge'),
  },
  {
    cls: 'decide',
    finite: words(
      'dismissed|dismisses|tossed|tosses|threw out|throws out|ruled|sided with|sides with|upheld|upholds|decided(?! to)|decides(?! to)|(?:ruling|decision|judgment|opinion|court|judge|justices) (?:found|held|concluded)|(?:lost|won|loses|wins) (?:its|the|a|their|his|her) (?:lawsuit|suit|case|challenge)',
    ),
    base: words('dismiss|toss|throw out|rule|side with|uphold'),
  },
  {
    cls: 'study',
    finite: words(
      'studying|studies|studied|exploring|explores|explored|looking into|looks into|seeking information|seeks information|sought information|requested information|ask(?:ed|s|ing)? (?:[\\w]+ ){0,3}for information|gathering information|request for information|rfi|considering|considers|weighing|weighs|mulling|mulls|eyeing|eyes|reviewing|reviews|comments? (?:are|were|is|was) due|comment period|public comment|open for comment',
    ),
    base: words('study|explore|look into|consider|weigh|mull|review'),
  },
];

/**
 * Attribution to unnamed sources or unconfirmed reports: the sentence claims only
 * that something was reported, whatever verb follows.
 */
export const ATTRIBUTION = new RegExp(
  [
    '\\breportedly\\b',
    '\\ballegedly\\b',
    "\\baccording to (?:an? |the )?(?:[\\w.'-]+ ){0,3}(?:report|reports|reporting|people|persons|sources|insiders|officials familiar)\\b",
    '\\b(?:people|persons|sources|insiders|officials) (?:familiar|close to|briefed|with knowledge|who asked not to be named)\\b',
    '\\b(?:people|persons|those|lawyers|lobbyists) (?:who|that) (?:have |had )?(?:seen|read|reviewed) (?:the |a )?(?:drafts?|text)\\b',
    '\\b(?:sources?|insiders?) (?:said|say|says|told|tell)\\b',
    '\\b(?:report|reports|reported) (?:that|says|said)\\b',
    '\\breport (?:says|said|shows|showed)\\b',
    '[,:] (?:an? |the )?(?:[\\w.]+ ){0,2}reports?\\s*$',
    '[,:] (?:an? |the )?(?:\\w+ ){0,2}report (?:says|finds)\\b',
    '\\b(?:is|are|was|were) said to\\b',
    '\\brumou?r(?:ed|s)?\\b',
    '\\b(?:posts?|influencers?|headlines?|tweets?|social[- ]media)\\b(?:\\W+\\w+){0,8}?\\W+(?:claim|claimed|claims|say|said|says|described|describe|telling|told|ran|saying)\\b',
    '\\b(?:claimed|claims|alleged|alleges) that\\b',
    '\\b(?:some|several|other) (?:crypto )?(?:outlets|sites|news sites|publications|reports)\\b',
    '\\bviral\\b',
    // A fact-check's "Claim: ..." line relays what others said.
    '^\\W*(?:the )?(?:claim|rumou?r)\\s*:',
    '\\bunconfirmed\\b',
    '\\bleaked\\b',
    '\\bread(?:ies|ying)\\b',
    '\\bdraft (?:executive )?order\\b',
    "\\bdrafts? of (?:the |an? |trump's )?(?:[\\w()'-]+ ){0,3}order\\b",
    '\\bas soon as\\b',
  ].join('|'),
);

/** Words before a verb (same clause, at most five words) that deny it. */
export const NEGATION =
  /\b(?:not|never|no|without|yet to|declined to|refused to|failed to|neither|nor|cannot|won't|don't|doesn't|didn't|hasn't|haven't|hadn't|isn't|aren't|wasn't|weren't|wouldn't|couldn't|shouldn't|has yet|have yet|rather than|instead of)\b/;

/**
 * Words before a verb that make it a possibility, a plan or a condition rather than
 * an event ("may sign", "is expected to sign", "plans to file", "if enacted", "Trump
 * to sign"). The month "May" is told from the modal by its capital before matching.
 */
export const HEDGE = new RegExp(
  [
    '\\b(?:may|might|could|would|will|should|can|shall|must|if|once|unless|whether|until)\\b',
    '\\b(?:expected|likely|unlikely|set|poised|scheduled|slated|due|ready|about|going|plans?|planning|planned|prepares|preparing|prepared|aims?|aiming|seeks?|seeking|intends?|intending|wants?|hopes?|hoping|proposes?|pushing|pushes|moving|moves|pledged?|promised?|vowed?|threatens?|threatened|is|are) to\\b',
    '\\b(?:urges?|urged|urging|calls? (?:on|for)|asked|asks|considering|weighing|mulling|readies|readying|eyeing)\\b',
    '\\bto\\s*$',
    '\\bto (?:let|allow|permit|enable|help|make|have)\\b',
  ].join('|'),
);

/** Before a base-form verb these make it an event after all: "the decision to drop", "voted to repeal". */
export const FACTIVE =
  /\b(?:decision to|decided to|voted to|agreed to|moved to|did|does|do|chose to|opted to|went on to|(?:known|first|only) to have|(?:bec(?:ame|omes)|made (?:[\w']+ ){1,3}|was|is|were|are) (?:one of )?the (?:first|only|latest|second|third) (?:[\w()'-]+ ){0,5}to)\s*$/;

/** Auxiliaries just before a verb that make it passive: "was rescinded", "has been revoked". */
export const PASSIVE = /\b(?:was|were|is|are|be|been|being|got|gets|get)\s+(?:\w+ly\s+)?$/;
