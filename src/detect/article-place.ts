import { phrases } from './phrase-book';
import type { DetectionState } from './context';
import { wordSetFeature, type Matcher } from './load-matcher';
import { HitBuffer, scanText } from './scan-text';
import type { Hit } from './sentence-features';

/**
 * A bill number alone ("HB 487") is ambiguous across states, but news names the state
 * once, in the headline or a table row's first cell, and then the numbers alone: in
 * a Florida story "HB 487" is Florida's. The last state the article named stands in
 * for a sentence that gives a bill number and no state of its own.
 */

/** How far (in blocks) the state named last still says which state a bill number belongs to. */
const PLACE_BLOCKS = 12;

const placeHits = new WeakMap<Matcher, Map<string, number>>();

/** The term state of a state's name as the matcher knows it ("Florida" -> its feature), or -1. */
function placeFeature(matcher: Matcher, name: string): number {
  let known = placeHits.get(matcher);
  if (!known) placeHits.set(matcher, (known = new Map()));
  let feature = known.get(name);
  if (feature === undefined) {
    const buffer = new HitBuffer();
    scanText(matcher.automaton, name, buffer);
    const states = wordSetFeature(matcher, 'states');
    feature = -1;
    let longest = 0;
    for (let i = 0; i < buffer.length; i += 3) {
      const state = buffer.data[i]!;
      const length = buffer.data[i + 2]! - buffer.data[i + 1]!;
      // "West Virginia", not the "Virginia" inside it.
      if ((matcher.setsOfState.get(state) ?? []).includes(states) && length > longest) {
        feature = state;
        longest = length;
      }
    }
    known.set(name, feature);
  }
  return feature;
}

/**
 * The sentence's hits, plus the state the article named last (as an empty hit at the
 * sentence's start) when the sentence has a bill number and names no state; and notes
 * the last state the sentence itself names.
 */
export function withArticlePlace(
  matcher: Matcher,
  hits: readonly Hit[],
  text: string,
  [start, end]: [number, number],
  state: DetectionState,
): readonly Hit[] {
  const states = wordSetFeature(matcher, 'states');
  let named: Hit | null = null;
  for (const hit of hits) {
    if (!(matcher.setsOfState.get(hit.state) ?? []).includes(states)) continue;
    // "West Virginia" holds "Virginia": of names ending together, the longer one is the state.
    if (!named || hit.end > named.end || (hit.end === named.end && hit.start < named.start)) named = hit;
  }
  if (named) {
    state.place = { name: text.slice(named.start, named.end), block: state.blocks };
    return hits;
  }
  const place = state.place;
  if (
    !place ||
    state.blocks - place.block > PLACE_BLOCKS ||
    !phrases().BILL_NUMBER.test(text.slice(start, end))
  )
    return hits;
  const feature = placeFeature(matcher, place.name);
  return feature < 0 ? hits : [{ state: feature, start, end: start }, ...hits];
}

/** Whether a block may name a bill by number alone in a story that named its state (worth cutting into sentences). */
export function mayLeanOnPlace(state: DetectionState, text: string): boolean {
  return (
    state.place !== null &&
    state.blocks - state.place.block <= PLACE_BLOCKS &&
    phrases().BILL_NUMBER.test(text)
  );
}

/** Notes the last state a block names, for a block not cut into sentences ("North Carolina" in a table cell). */
export function notePlace(matcher: Matcher, buffer: HitBuffer, text: string, state: DetectionState): void {
  const states = wordSetFeature(matcher, 'states');
  let start = -1;
  let end = -1;
  for (let i = 0; i < buffer.length; i += 3) {
    if (!(matcher.setsOfState.get(buffer.data[i]!) ?? []).includes(states)) continue;
    const [from, to] = [buffer.data[i + 1]!, buffer.data[i + 2]!];
    // The last name, and of names ending together ("West Virginia", "Virginia") the longer.
    if (to > end || (to === end && from < start)) [start, end] = [from, to];
  }
  if (end >= 0) state.place = { name: text.slice(start, end), block: state.blocks };
}
