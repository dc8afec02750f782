import { useState } from 'preact/hooks';
import { setSiteEnabled, updateSettings } from '../../../settings/settings';
import { useSettings } from '../../shared/use-settings';
import { ErrorText, controlProps } from '../form/Field';
import { siteFromInput } from './site-input';

/** The sites where Statusmark is off, editable, and the global pause. */
export function SitesPage() {
  const settings = useSettings();
  const [text, setText] = useState('');
  const [error, setError] = useState<string[]>([]);
  const [message, setMessage] = useState('');
  const add = async (event: Event) => {
    event.preventDefault();
    const result = siteFromInput(text);
    if ('problem' in result) {
      setError([result.problem]);
      document.getElementById('site-input')?.focus();
      return;
    }
    setError([]);
    await setSiteEnabled(result.site, false);
    setText('');
    setMessage(`Statusmark is now off on ${result.site}.`);
  };
  const turnOn = async (site: string) => {
    await setSiteEnabled(site, true);
    setMessage(`Statusmark is on again on ${site}.`);
  };
  if (!settings) return <p role="status">Loading{'\u2026'}</p>;
  return (
    <section>
      <h1 tabIndex={-1}>Sites</h1>
      <label class="check">
        <input
          type="checkbox"
          checked={settings.paused}
          onChange={(e) => void updateSettings({ paused: e.currentTarget.checked })}
        />
        Pause Statusmark everywhere
      </label>
      <h2>Sites where Statusmark is off</h2>
      {settings.disabledSites.length === 0 ? <p>None: Statusmark runs on every site.</p> : null}
      <ul class="site-list" data-testid="disabled-sites">
        {settings.disabledSites.map((site) => (
          <li key={site}>
            <span class="site">{site}</span>
            <button
              type="button"
              onClick={() => void turnOn(site)}
              aria-label={`Turn Statusmark back on for ${site}`}
            >
              Turn back on
            </button>
          </li>
        ))}
      </ul>
      <form class="add-site" onSubmit={(e) => void add(e)} noValidate>
        <div class="field">
          <label for="site-input">Turn Statusmark off on a site</label>
          <p class="hint" id="site-input-hint">
            A site name or any address on it, e.g. news.example.com
          </p>
          <input
            {...controlProps('site-input', error, true)}
            type="text"
            inputMode="url"
            spellcheck={false}
            value={text}
            onInput={(e) => setText(e.currentTarget.value)}
          />
          <ErrorText id="site-input" errors={error} />
        </div>
        <button type="submit">Turn off on this site</button>
      </form>
      <p role="status" class="hint">
        {message}
      </p>
    </section>
  );
}
