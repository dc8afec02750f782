import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { startKbService } from '../src/background/kb-service';
import { registerFeedUpdates } from '../src/background/feed-updates';
import { registerMatcherService } from '../src/background/matcher-service';
import { registerClaimCountBadge } from '../src/background/claim-count-badge';

export default defineBackground(() => {
  // Everything registers synchronously here, at the top level: an MV3 worker may be
  // started by the very event (install, message) it must answer.
  const kb = startKbService(browser);
  registerFeedUpdates(kb);
  registerMatcherService(browser, kb);
  registerClaimCountBadge();
});
