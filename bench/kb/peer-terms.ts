import { LEXICON } from '../../src/detect/lexicon';
import type { Entry } from '../../src/kb/schema';

/**
 * The terms the peers search for: the same set our matcher compiles (every literal
 * term of every entry, and the shared word sets), lower-cased. Per entry: its own
 * terms plus the word sets its rules name, for "one RegExp per entry".
 */
export interface PeerTerms {
  all: string[];
  perEntry: string[][];
}

function entryTerms(entry: Entry): string[] {
  const { names, rules, exclude, prefer } = entry.detect;
  const terms = new Set<string>();
  for (const term of [
    ...names,
    ...exclude,
    ...prefer,
    ...rules.flatMap((r) => [...r.all.flat(), ...r.none]),
  ]) {
    if (!term.startsWith('@')) terms.add(term.toLowerCase());
    else for (const word of LEXICON[term.slice(1) as keyof typeof LEXICON] ?? []) terms.add(word);
  }
  return [...terms];
}

export function peerTerms(entries: readonly Entry[]): PeerTerms {
  const perEntry = entries.map(entryTerms);
  const all = new Set<string>(Object.values(LEXICON).flat());
  for (const terms of perEntry) for (const term of terms) all.add(term);
  return { all: [...all], perEntry };
}

const escapeRegExp = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One alternation of whole terms (longest first, so "401(k) plan" wins over "401(k)"),
 * case-insensitive, bounded by non-letters: what a developer would write for
 * mark.js's markRegExp. Flags: "gi".
 */
export function alternationSource(terms: readonly string[]): string {
  const sorted = [...terms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  return `(?<![a-z0-9])(?:${sorted.join('|')})(?![a-z0-9])`;
}
