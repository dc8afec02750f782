import { FLAG_TRIGGER, type Automaton } from './automaton';
import { HitBuffer, scanText } from './scan-text';

/**
 * Whether `text` holds a term that can start an entry's name or rule. Every claim
 * begins with one (a reference back needs an item the article named first), so a page
 * without one has nothing to find and the rest of the engine need not even be loaded.
 */
export function hasKbTerm(automaton: Automaton, text: string, hits = new HitBuffer()): boolean {
  hits.clear();
  scanText(automaton, text, hits);
  const flags = automaton.flags;
  for (let i = 0; i < hits.length; i += 3) if ((flags[hits.data[i]!]! & FLAG_TRIGGER) !== 0) return true;
  return false;
}
