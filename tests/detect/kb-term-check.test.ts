import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { createDetectionState } from '../../src/detect/context';
import { detectClaims } from '../../src/detect/detect-claims';
import { hasKbTerm } from '../../src/detect/kb-term-check';
import { loadMatcher } from '../../src/detect/load-matcher';
import { prepareMatcher } from '../../src/detect/prepare-matcher';
import { extractBlocks } from '../../src/extract';
import { readEntryFiles } from '../../src/kb/entry-files';
import { KB_ENTRIES_DIR } from '../../src/kb/snapshot-from-files';
import { loadCorpus } from '../../scripts/lib/corpus-pages';

const kb = await readEntryFiles(KB_ENTRIES_DIR);
const matcher = loadMatcher(prepareMatcher(kb.entries));
const blocksOf = (html: string) => extractBlocks(parseHTML(html).document as unknown as Document);

/**
 * The page skips loading the detector when its text holds no KB term (src/page/engine-finder.ts).
 * That is safe only if no claim can be found without one: checked on every corpus page.
 */
describe('the KB term check', () => {
  it('finds a term in a sentence naming an item, and none in market news', () => {
    expect(hasKbTerm(matcher.automaton, 'The president signed an executive order on 401(k) plans.')).toBe(
      true,
    );
    expect(hasKbTerm(matcher.automaton, 'Bitcoin rose 3 percent as traders weighed jobs data.')).toBe(false);
  });

  it.each(loadCorpus().map((page) => [page.path, page.html] as const))(
    'lets no claim through on %s from the blocks it finds no term in',
    (_path, html) => {
      const blocks = blocksOf(html);
      const withTerm = blocks.filter((block) => hasKbTerm(matcher.automaton, block.text));
      const without = blocks.filter((block) => !hasKbTerm(matcher.automaton, block.text));
      expect(detectClaims(matcher, without, createDetectionState())).toEqual([]);
      // A labelled claim means the page has terms, so its detector is loaded.
      if (detectClaims(matcher, blocks, createDetectionState()).length > 0)
        expect(withTerm.length).toBeGreaterThan(0);
    },
  );
});
