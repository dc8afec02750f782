import { setSiteEnabled, updateSettings } from '../../settings/settings';
import type { Settings } from '../../settings/settings-schema';

interface SiteControlsProps {
  settings: Settings;
  /** The page's site (host name), or null for a page Statusmark never annotates. */
  site: string | null;
}

/** "On for this site" and "Pause everywhere": saved in storage.local, the page follows at once. */
export function SiteControls({ settings, site }: SiteControlsProps) {
  const siteOn = site !== null && !settings.disabledSites.includes(site);
  return (
    <fieldset class="controls">
      <legend class="visually-hidden">Where Statusmark runs</legend>
      {site ? (
        <label class="switch">
          <input
            type="checkbox"
            role="switch"
            checked={siteOn}
            disabled={settings.paused}
            onChange={(e) => void setSiteEnabled(site, e.currentTarget.checked)}
          />
          <span>
            On for <strong>{site}</strong>
          </span>
        </label>
      ) : null}
      <label class="switch">
        <input
          type="checkbox"
          role="switch"
          checked={settings.paused}
          onChange={(e) => void updateSettings({ paused: e.currentTarget.checked })}
        />
        <span>Pause everywhere</span>
      </label>
    </fieldset>
  );
}
