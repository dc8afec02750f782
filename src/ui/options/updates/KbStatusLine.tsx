import type { KbInfo } from '../../../db/kb-info';
import type { FeedCheckResult } from '../../../db/records';
import { readableDateTime } from '../../shared/dates';

const RESULT_WORDS: Record<FeedCheckResult, string> = {
  applied: 'a new KB was applied',
  'up-to-date': 'already up to date',
  rejected: 'the feed was refused',
  failed: 'the check failed',
};

/** "KB version X from <source>, updated <date>; last check <date>: <result>", and the reason in plain words. */
export function KbStatusLine({ info }: { info: KbInfo | null }) {
  if (!info?.kb)
    return (
      <p role="status">
        Loading the KB{'\u2019'}s facts{'\u2026'}
      </p>
    );
  const { kb, lastFeedCheck: check } = info;
  const source =
    kb.source === 'feed' && kb.sourceUrl ? `the feed ${kb.sourceUrl}` : 'the extension (bundled)';
  return (
    <div class="kb-status" data-testid="kb-status">
      <p>
        <strong>KB version {kb.version}</strong> from {source}, updated {readableDateTime(kb.updatedAt)}
        {kb.generatedAt ? ` (made ${readableDateTime(kb.generatedAt)})` : ''}; {kb.entryCount} shipped
        entries, {info.userEntryCount} of your own, {info.noteCount} {info.noteCount === 1 ? 'note' : 'notes'}
        .
      </p>
      <p>
        {check ? (
          <>
            Last check {readableDateTime(check.time)}: <strong>{RESULT_WORDS[check.result]}</strong>.
          </>
        ) : (
          'No feed check yet.'
        )}
      </p>
      {check && (check.result === 'rejected' || check.result === 'failed') ? (
        <p class="problems" data-testid="last-error">
          Why: {check.reason}
        </p>
      ) : check ? (
        <p class="hint">{check.reason}</p>
      ) : null}
    </div>
  );
}
