import {
  checkedEntries,
  firstEventInYear,
  kindInFacts,
  splitList,
  unpackEntry,
  type PackedEntries,
} from './matcher-entries';
import { yearSpan } from './event-dates';
import { allIds, idAt } from './id-prefixes';
import { decodeTitle } from './title-words';
import type { MatcherEntry } from './types';
import type { EntryKind } from '../kb/schema';

/**
 * The matcher's entries as the engine reads them: each decoded on first use (the only
 * decoder of packed entries). A page
 * meets a handful of a KB's entries; decoding all 10,000 up front took longer than
 * loading the rest of the matcher.
 */
export class EntryTable {
  readonly length: number;
  readonly #packed: PackedEntries;
  readonly #lists: { ids?: string[]; titles?: string[]; facts?: string[] } = {};
  readonly #decoded: (MatcherEntry | undefined)[] = [];
  #byId: Map<string, number> | null = null;
  /** The titles' words, split on first use. */
  #words: string[] | null = null;

  constructor(packed: PackedEntries) {
    this.#packed = checkedEntries(packed);
    this.length = this.#packed.count;
  }

  /** A list's items, split on first use (a page may never need some of them). */
  #list(name: 'ids' | 'titles' | 'facts'): string[] {
    return (this.#lists[name] ??= splitList(this.#packed[name], this.length, name));
  }

  /** The entry at `index`, or undefined past the end (like an array). */
  at(index: number): MatcherEntry | undefined {
    if (!(index >= 0 && index < this.length)) return undefined;
    return (this.#decoded[index] ??= this.#decode(index));
  }

  #decode(index: number): MatcherEntry {
    const id = idAt(this.#list('ids'), index);
    if (id === undefined) throw new TypeError(`prepared matcher: entry id ${index} is unreadable`);
    const title = decodeTitle(this.#list('titles')[index]!, (this.#words ??= this.#packed.words.split(' ')));
    if (title === undefined) throw new TypeError(`prepared matcher: entry "${id}" has an unreadable title`);
    return unpackEntry(id, title, this.#list('facts')[index]!);
  }

  /** The index of the entry with this id, or -1. */
  indexOf(id: string): number {
    return this.#index().get(id) ?? -1;
  }

  /** Builds the index by id now, not at the first lookup (the detector does it in a warm-up step). */
  buildIndex(): void {
    this.#index();
  }

  #index(): Map<string, number> {
    if (this.#byId === null) {
      // Set one by one: a [id, index] pair for each of 10,000 entries was garbage for the scavenger.
      const byId = new Map<string, number>();
      allIds(this.#list('ids')).forEach((entryId, i) => byId.set(entryId, i));
      this.#byId = byId;
    }
    return this.#byId;
  }

  /** The entry with this id, or undefined. */
  get(id: string): MatcherEntry | undefined {
    return this.at(this.indexOf(id));
  }

  /** The entry's kind without decoding it. */
  kindAt(index: number): EntryKind | undefined {
    const facts = this.#list('facts')[index];
    return facts === undefined ? undefined : kindInFacts(facts);
  }

  /** Indexes of the entries whose first event falls in `year` (YYYY), without decoding the others. */
  firstEventIn(year: string): number[] {
    const found: number[] = [];
    const span = yearSpan(year);
    this.#list('facts').forEach((facts, i) => {
      if (firstEventInYear(facts, span)) found.push(i);
    });
    return found;
  }
}
