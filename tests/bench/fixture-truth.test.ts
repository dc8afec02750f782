import { describe, expect, it } from 'vitest';
import { fixture } from '../../bench/fixtures/fixtures';
import { checkTruthInNode } from '../../bench/fixtures/node-truth';
import { benchKb } from '../../bench/kb/bench-kb';
import { loadMatcher, prepareMatcher } from '../../src/detect/index';

describe('the fixtures\u2019 truth, checked with the engine in Node', () => {
  it.each([50, 1000])(
    'is exactly what the detector finds on F1 and F2 with a KB of %i entries',
    async (size) => {
      const matcher = loadMatcher(prepareMatcher(await benchKb(size)));
      for (const name of ['F1', 'F2'] as const) {
        const page = fixture(name);
        const check = checkTruthInNode(page.html, page.truth, matcher);
        expect({ name, missed: check.missed, extra: check.extra }).toEqual({ name, missed: [], extra: [] });
        expect(check.found).toBe(page.truth.length);
      }
    },
    30_000,
  );
});
