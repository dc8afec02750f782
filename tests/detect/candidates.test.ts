import { describe, expect, it } from 'vitest';
import { findCandidates, hasCandidate } from '../../src/detect/candidates';
import { featuresOf } from '../../src/detect/sentence-features';
import { fixtureMatcher } from './kb-fixture';
import { textHits } from './text-hits';

const matcher = fixtureMatcher();

/** The ids of the entries whose names or rules fire on `text`, best first. */
function candidateIds(text: string): string[] {
  const features = featuresOf(matcher, textHits(matcher, text));
  return findCandidates(matcher, features).map((c) => matcher.entries.at(c.entry)!.id);
}

describe('the entries a stretch of text may be about', () => {
  it('finds an entry by its name, or by a rule with every group present', () => {
    expect(candidateIds('EO 14330 was signed on Thursday.')).toEqual(['eo-401k']);
    expect(candidateIds('The order lets 401(k) plans hold bitcoin.')).toEqual(['eo-401k']);
  });

  it('finds none by a rule with a group missing', () => {
    expect(candidateIds('The order lets 401(k) plans hold more bonds.')).toEqual([]);
  });

  it('drops an entry whose exclusion is present', () => {
    expect(candidateIds('The order on a strategic bitcoin reserve leaves 401(k) plans alone.')).toEqual([]);
  });

  it('judges each stretch on its own words, not on what the one before touched', () => {
    expect(candidateIds('EO 14330 was signed on Thursday.')).toEqual(['eo-401k']);
    expect(candidateIds('The order takes effect in March.')).toEqual([]);
    expect(candidateIds('EO 14330 was signed on Thursday.')).toEqual(['eo-401k']);
    expect(candidateIds('Bitcoin rose in 401(k) plans.')).toEqual([]);
    expect(candidateIds('EO 14330 was signed on Thursday.')).toEqual(['eo-401k']);
    expect(candidateIds('The order on bitcoin takes effect in March.')).toEqual([]);
  });

  it('says whether there is any candidate, as a block worth cutting into sentences needs to know', () => {
    const any = (text: string) => hasCandidate(matcher, featuresOf(matcher, textHits(matcher, text)).present);
    expect(any('The order lets 401(k) plans hold bitcoin.')).toBe(true);
    expect(any('EO 14330 was signed on Thursday.')).toBe(true);
    expect(any('The order lets 401(k) plans hold more bonds.')).toBe(false);
    expect(any('The order on a strategic bitcoin reserve leaves 401(k) plans alone.')).toBe(false);
  });
});
