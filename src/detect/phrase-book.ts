import type { PhraseTables } from './phrase-tables';

/**
 * The engine's phrase tables (status cues, referring nouns, clause words: see
 * phrase-tables.ts) travel inside the prepared matcher, as uBlock Origin ships its
 * filter lists beside its code: the content script carries the code that reads them,
 * not the words. loadMatcher() installs them here; the detection code reads them with
 * phrases(). Every matcher of one format version carries the same tables (they come
 * from the same source), so the last one installed is as good as any.
 */

/** A table value in JSON-safe form: RegExps, Sets and Maps tagged, the rest as is. */
export type PackedPhrase =
  | string
  | number
  | boolean
  | null
  | PackedPhrase[]
  | { $re: [source: string, flags: string] }
  | { $set: PackedPhrase[] }
  | { $map: [PackedPhrase, PackedPhrase][] }
  | { [key: string]: PackedPhrase };

export type PackedPhrases = Record<string, PackedPhrase>;

let installed: PhraseTables | null = null;

/** The installed tables; detection cannot run before a matcher has been loaded. */
export function phrases(): PhraseTables {
  if (!installed) throw new Error('no phrase tables: load a prepared matcher first');
  return installed;
}

export function installPhrases(packed: PackedPhrases): void {
  if (typeof packed !== 'object' || packed === null || Array.isArray(packed))
    throw new TypeError('prepared matcher: phrase tables are missing');
  // The shape is the engine's own (written by packPhrases from the same source, same version).
  installed = unpack(packed) as unknown as PhraseTables;
}

interface Tagged {
  $re?: [string, string];
  $set?: PackedPhrase[];
  $map?: [PackedPhrase, PackedPhrase][];
}

function unpack(value: PackedPhrase): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(unpack);
  const tagged = value as Tagged;
  if (tagged.$re) return new RegExp(tagged.$re[0], tagged.$re[1]);
  if (tagged.$set) return new Set(tagged.$set.map(unpack));
  if (tagged.$map) return new Map(tagged.$map.map(([k, v]) => [unpack(k), unpack(v)]));
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[key] = unpack(item as PackedPhrase);
  return out;
}
