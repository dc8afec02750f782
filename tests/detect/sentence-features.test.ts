import { describe, expect, it } from 'vitest';
import { withoutNegatedTopics } from '../../src/detect/sentence-features';
import { fixtureMatcher } from './kb-fixture';
import { textHits } from './text-hits';

const matcher = fixtureMatcher();

/** The words of `text` that still count as what the sentence is about. */
function topicWords(text: string): string[] {
  const hits = withoutNegatedTopics(matcher, textHits(matcher, text), text, 0);
  return hits.map((hit) => text.slice(hit.start, hit.end));
}

describe('topic words a sentence rules out', () => {
  it('drops a topic the sentence says the item does not touch', () => {
    expect(topicWords('The order never mentions bitcoin.')).not.toContain('bitcoin');
    expect(topicWords('The reserve is funded by taxes, not pension money.')).not.toContain('pension');
  });

  it('keeps the topic of a denied act: the sentence still says where the item stands', () => {
    expect(topicWords('No, the state pension fund is not buying bitcoin.')).toContain('bitcoin');
    expect(topicWords('The fund did not hold any bitcoin last year.')).toContain('bitcoin');
  });
});
