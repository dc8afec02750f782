import { phrases } from './phrase-book';
import type { DetectionState } from './context';
import type { Matcher } from './load-matcher';
import { HitBuffer, scanText } from './scan-text';
import type { Hit } from './sentence-features';
import { opensClause, tokenize } from './sentence-tokens';

/**
 * "Fidelity has offered a bitcoin option since 2022. Last month the company also launched
 * a crypto IRA.": a company named once is "the company" after, and what it does next may
 * be another item of the KB. The company named in the sentence just before stands in for
 * "the company" (as an empty hit at the phrase), and the rules decide what the sentence is about.
 */
const ACTOR_NOUNS = new Set(['company', 'firm', 'provider', 'recordkeeper']);
/** How far back (in blocks) the company named last is still "the company". */
const ACTOR_BLOCKS = 1;

const actorStates = new WeakMap<Matcher, Map<string, number[]>>();

/** The name a mention's company goes by: its first capitalised term that is no shared word-set term. */
export function actorOf(matcher: Matcher, text: string, evidence: readonly Hit[]): string | null {
  for (const hit of evidence) {
    if (hit.end <= hit.start || matcher.setsOfState.has(hit.state)) continue;
    const words = text.slice(hit.start, hit.end);
    if (/^\p{Lu}/u.test(words) && !/\d/.test(words) && words.split(/\s+/).length <= 3) return words;
  }
  return null;
}

/** The sentence's hits, plus the company "the company" means when the sentence opens a clause with it. */
export function withActor(
  matcher: Matcher,
  sentence: string,
  start: number,
  hits: readonly Hit[],
  state: DetectionState,
): readonly Hit[] {
  if (!phrases().ACTOR_WORD.test(sentence)) return hits;
  const tokens = tokenize(sentence);
  const at = tokens.findIndex(
    (t, i) =>
      ACTOR_NOUNS.has(t.lower) && tokens[i - 1]?.lower === 'the' && opensClause(sentence, tokens, i - 1),
  );
  if (at < 0) return hits;
  let actor: string | null = null;
  for (let i = state.mentions.length - 1; i >= 0 && actor === null; i--) {
    const mention = state.mentions[i]!;
    if (state.blocks - mention.block > ACTOR_BLOCKS) break;
    if (mention.sentence < state.sentences) actor = mention.actor ?? null;
  }
  if (actor === null) return hits;
  const position = start + tokens[at - 1]!.start;
  return [...statesOf(matcher, actor).map((s) => ({ state: s, start: position, end: position })), ...hits];
}

function statesOf(matcher: Matcher, name: string): number[] {
  let known = actorStates.get(matcher);
  if (!known) actorStates.set(matcher, (known = new Map()));
  let states = known.get(name);
  if (!states) {
    const buffer = new HitBuffer();
    scanText(matcher.automaton, name, buffer);
    states = [];
    for (let i = 0; i < buffer.length; i += 3) states.push(buffer.data[i]!);
    known.set(name, states);
  }
  return states;
}
