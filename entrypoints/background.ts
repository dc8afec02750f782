import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { startKbService } from '../src/background/kb-service';

export default defineBackground(() => {
  // Everything registers synchronously here, at the top level: an MV3 worker may be
  // started by the very event (install, message) it must answer.
  startKbService(browser);
});
