import { installPhrases } from '../../src/detect/phrase-book';
import { packedPhrases } from '../../src/detect/phrase-tables';

// Tests that read single sentences without loading a matcher install the phrase tables
// the way loadMatcher() does: packed as they travel, then unpacked.
installPhrases(packedPhrases());
