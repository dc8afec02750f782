import * as clauseWords from './clause-words';
import * as cueLists from './cue-lists';
import type { PackedPhrase, PackedPhrases } from './phrase-book';
import * as referenceWords from './reference-words';
import * as sentenceWords from './sentence-words';
import * as statusPatterns from './status-patterns';

/**
 * Every word list and pattern the detection code reads in the page, gathered where
 * the matcher is prepared (build time, background, CLI) and packed into it. Only
 * prepare-matcher.ts imports this module: the content script bundles none of it.
 */
export const PHRASE_TABLES = {
  ...cueLists,
  ...statusPatterns,
  ...referenceWords,
  ...clauseWords,
  ...sentenceWords,
};
export type PhraseTables = typeof PHRASE_TABLES;

function pack(value: unknown, path: string): PackedPhrase {
  if (value instanceof RegExp) return { $re: [value.source, value.flags] };
  if (value instanceof Set) return { $set: [...value].map((item, i) => pack(item, `${path}[${i}]`)) };
  if (value instanceof Map)
    return { $map: [...value].map(([k, v]) => [pack(k, `${path}.key`), pack(v, `${path}[${String(k)}]`)]) };
  if (Array.isArray(value)) return value.map((item, i) => pack(item, `${path}[${i}]`));
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value as PackedPhrase;
  if (typeof value === 'object') {
    const out: Record<string, PackedPhrase> = {};
    for (const [key, item] of Object.entries(value)) out[key] = pack(item, `${path}.${key}`);
    return out;
  }
  throw new TypeError(`phrase table ${path} holds a ${typeof value}, which cannot travel in a message`);
}

let packed: PackedPhrases | null = null;

/** The tables in their JSON-safe form, packed once. */
export function packedPhrases(): PackedPhrases {
  packed ??= pack(PHRASE_TABLES, 'phrases') as PackedPhrases;
  return packed;
}
