import type { Entry } from '../../src/kb/schema';
import { Random } from './random';

/**
 * News-like page text for the engine benchmark: paragraphs of ordinary reporting
 * (markets, politics, sport, weather) with the words that trip naive matchers
 * ("order", "bill", "act", "plan", "fund", "bitcoin", "401(k)"), non-breaking
 * spaces and curly quotes, and now and then a sentence that names a KB entry.
 */

const WORDS = (
  'the a of to in and for on that with as by at from said says would could market markets stocks shares ' +
  'investors prices rose fell week year month officials state city council mayor governor president senate ' +
  'house vote votes election campaign team game season coach players weather storm rain forecast company ' +
  'companies report reports data growth inflation rate rates bank banks federal reserve order orders bill ' +
  'bills act plan plans fund funds account accounts money budget tax taxes school schools police court judge ' +
  'case lawsuit health hospital energy oil gas prices housing rent jobs workers union strike contract trade ' +
  'tariffs china europe japan canada mexico bitcoin ether crypto token exchange traders analysts quarter ' +
  'earnings revenue profit loss deal merger board chief executive spokesperson statement interview people ' +
  'new old first last major minor public private local national international global economy policy law ' +
  'rule rules measure proposal release guidance program project research study survey poll voters residents'
).split(' ');

const NEAR_MISSES = [
  'The IRS raised the 401(k) contribution limit to $23,500 for 2025.',
  'Bitcoin traded near $108,000 as spot bitcoin ETFs drew inflows.',
  'The governor signed an executive order on wildfire preparedness.',
  'Lawmakers passed a bill on school funding, sending it to the governor.',
  'The city\u2019s pension board met on Tuesday to review bond holdings.',
  'A strategic bitcoin reserve bill would use seized coins, not pension money.',
  'Markets rose after the Federal Reserve held rates steady.',
];

function sentence(random: Random): string {
  const length = random.int(12, 26);
  const words: string[] = [];
  for (let i = 0; i < length; i++) words.push(random.pick(WORDS));
  const first = words[0]!;
  words[0] = first.charAt(0).toUpperCase() + first.slice(1);
  // Now and then a non-breaking space or a curly quote, as real pages have.
  const joined = words.join(random.chance(0.1) ? '\u00a0' : ' ');
  return random.chance(0.05) ? `\u201c${joined},\u201d an analyst said.` : `${joined}.`;
}

function mention(random: Random, entry: Entry): string {
  const name = random.pick(entry.detect.names);
  return random.pick([
    `Lawmakers said ${name} would let the state pension fund put up to 5% in bitcoin.`,
    `${name} was signed into law last week, officials said.`,
    `Critics of ${name} say retirement savers should not hold crypto.`,
  ]);
}

/** Paragraphs totalling about `bytes` characters; about `mentionRate` of sentences name an entry. */
export function newsParagraphs(
  entries: readonly Entry[],
  bytes: number,
  seed = 7,
  mentionRate = 0.01,
): string[] {
  const random = new Random(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < bytes) {
    const sentences: string[] = [];
    for (let s = random.int(2, 5); s > 0; s--) {
      const roll = random.next();
      if (roll < mentionRate && entries.length > 0) sentences.push(mention(random, random.pick(entries)));
      else if (roll < mentionRate * 3) sentences.push(random.pick(NEAR_MISSES));
      else sentences.push(sentence(random));
    }
    const paragraph = sentences.join(' ');
    paragraphs.push(paragraph);
    total += paragraph.length;
  }
  return paragraphs;
}
