import { browser } from 'wxt/browser';
import type { KbInfo } from '../../db/kb-info';
import { readableDateTime } from '../shared/dates';

/** KB version, when it was last updated, and how many entries; a way to the options page. */
export function PopupFooter({ info, entryCount }: { info: KbInfo | null; entryCount: number | null }) {
  const kb = info?.kb;
  return (
    <footer class="footer">
      <p data-testid="kb-facts">
        {kb ? (
          <>
            KB version {kb.version}, updated {readableDateTime(kb.updatedAt)}
            {entryCount !== null ? ` \u00b7 ${entryCount} entries` : ''}
            {info.userEntryCount ? ` (${info.userEntryCount} your own)` : ''}
          </>
        ) : (
          'Loading the knowledge base\u2026'
        )}
      </p>
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        Open the KB and options
      </button>
    </footer>
  );
}
