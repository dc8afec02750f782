import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { FeedUpdateOutcome } from '../../../background/feed-update-run';
import { getKbInfo } from '../../../db/kb-info';
import { defaultFeedUrl } from '../../../feed/default-feed-url';
import { feedOriginPattern } from '../../../feed/feed-url';
import { requestFromPage } from '../../../messaging/send';
import { updateSettings } from '../../../settings/settings';
import { settingsSchema } from '../../../settings/settings-schema';
import { errorLines } from '../../shared/errors';
import { pageDb } from '../../shared/store';
import { useLiveQuery } from '../../shared/use-live-query';
import { useSettings } from '../../shared/use-settings';
import { ErrorText, controlProps } from '../form/Field';
import { KbStatusLine } from './KbStatusLine';

const feedUrlSchema = settingsSchema.shape.feedUrl;

/** KB version and source, the last feed check, the feed URL, and "Check now". */
export function UpdatesPage() {
  const settings = useSettings();
  const info = useLiveQuery(() => getKbInfo(pageDb()), []);
  const [url, setUrl] = useState<string | null>(null);
  const [errors, setErrors] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const [checking, setChecking] = useState(false);
  const [outcome, setOutcome] = useState<FeedUpdateOutcome | null>(null);
  useEffect(() => {
    if (settings && url === null) setUrl(settings.feedUrl);
  }, [settings, url]);

  const save = (event: Event) => {
    event.preventDefault();
    const value = (url ?? '').trim();
    const parsed = feedUrlSchema.safeParse(value);
    if (!parsed.success) {
      setErrors(parsed.error.issues.map((i) => i.message));
      document.getElementById('feed-url')?.focus();
      return;
    }
    setErrors([]);
    // Asked right in the click, before any await: browsers grant permissions only in a user gesture.
    const granted = value
      ? browser.permissions.request({ origins: [feedOriginPattern(value)] })
      : Promise.resolve(true);
    void granted
      .catch(() => false)
      .then(async (ok) => {
        await updateSettings({ feedUrl: value });
        setMessage(
          !value
            ? 'Saved: the build\u2019s default feed is used.'
            : ok
              ? `Saved. Statusmark may now fetch the feed from ${new URL(value).host}.`
              : `Saved, but access to ${new URL(value).host} was not granted: the check fails unless the host allows other sites to read the feed.`,
        );
      });
  };
  const checkNow = async () => {
    setChecking(true);
    setMessage('');
    try {
      setOutcome(await requestFromPage({ type: 'checkFeedNow' }));
    } catch (error) {
      setOutcome({ checked: false, reason: errorLines(error).join('; ') });
    } finally {
      setChecking(false);
    }
  };
  const effective = settings?.feedUrl || defaultFeedUrl();
  return (
    <section>
      <h1 tabIndex={-1}>KB updates</h1>
      <KbStatusLine info={info.state === 'ready' ? info.value : null} />
      <h2>Feed</h2>
      <p>
        {effective ? (
          <>
            Statusmark checks <code>{effective}</code> daily and on browser start
            {settings?.feedUrl ? '' : ' (the build\u2019s default)'}. A feed is applied only when it is signed
            by a trusted key, valid in full and newer than your KB. Your own entries and notes are never
            changed by it.
          </>
        ) : (
          'No feed is set: Statusmark uses the KB it was built with.'
        )}
      </p>
      <form onSubmit={save} noValidate>
        <div class="field">
          <label for="feed-url">Feed URL (https)</label>
          <p class="hint" id="feed-url-hint">
            Leave empty for the build&apos;s default. Statusmark asks for permission to read from that site
            only.
          </p>
          <input
            {...controlProps('feed-url', errors, true)}
            type="text"
            inputMode="url"
            spellcheck={false}
            value={url ?? ''}
            onInput={(e) => setUrl(e.currentTarget.value)}
          />
          <ErrorText id="feed-url" errors={errors} />
        </div>
        <div class="actions">
          <button type="submit">Save feed URL</button>
          <button type="button" class="primary" disabled={checking} onClick={() => void checkNow()}>
            {checking ? 'Checking\u2026' : 'Check now'}
          </button>
        </div>
      </form>
      <p role="status" class="hint" data-testid="updates-message">
        {message}
        {outcome && !outcome.checked ? `Not checked: ${outcome.reason}.` : null}
        {outcome?.checked
          ? outcome.applied
            ? 'A new KB was applied.'
            : 'Checked; see the result above.'
          : null}
      </p>
    </section>
  );
}
