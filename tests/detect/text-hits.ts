import type { Matcher } from '../../src/detect/load-matcher';
import { HitBuffer, scanText } from '../../src/detect/scan-text';
import type { Hit } from '../../src/detect/sentence-features';

/** The term hits of one scan of `text`, as the detector hands them to its readers. */
export function textHits(matcher: Matcher, text: string): Hit[] {
  const buffer = new HitBuffer();
  scanText(matcher.automaton, text, buffer);
  const hits: Hit[] = [];
  for (let i = 0; i < buffer.length; i += 3)
    hits.push({ state: buffer.data[i]!, start: buffer.data[i + 1]!, end: buffer.data[i + 2]! });
  return hits;
}
