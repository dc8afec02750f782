import { describe, expect, it } from 'vitest';
import { loadMatcher } from '../../src/detect/load-matcher';
import type { PreparedMatcher } from '../../src/detect/matcher-format';
import { phrases } from '../../src/detect/phrase-book';
import { PHRASE_TABLES } from '../../src/detect/phrase-tables';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { fixtureEntries } from './kb-fixture';

describe('the phrase tables travel in the prepared matcher', () => {
  it('gives back, once loaded from a message, every pattern and word list the engine was written with', () => {
    const sent = JSON.parse(JSON.stringify(prepareMatcher(fixtureEntries))) as PreparedMatcher;
    loadMatcher(sent);
    const loaded = phrases();
    expect(Object.keys(loaded).sort()).toEqual(Object.keys(PHRASE_TABLES).sort());
    // RegExps compare by source and flags, Sets and Maps by their members.
    expect(loaded).toEqual(PHRASE_TABLES);
    expect(loaded.HEDGE).toBeInstanceOf(RegExp);
    expect(loaded.NOT_MODIFIERS).toBeInstanceOf(Set);
    expect(loaded.HEADS_BY_LETTER).toBeInstanceOf(Map);
  });

  it('refuses a matcher that carries no phrase tables', () => {
    const { phrases: _dropped, ...rest } = prepareMatcher(fixtureEntries);
    expect(() => loadMatcher(rest as PreparedMatcher)).toThrow(/phrase tables are missing/);
  });
});
