import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, settingsSchema, type Settings, type SettingsInput } from './settings-schema';

/**
 * The settings object in `storage.local` (key "settings"). Any context may read it;
 * extension pages change it with `updateSettings`. Every read and write is validated,
 * so a damaged value reads as the defaults instead of breaking pages.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function getSettings(): Promise<Settings> {
  const parsed = settingsSchema.safeParse(await settingsItem.getValue());
  return parsed.success ? parsed.data : { ...DEFAULT_SETTINGS };
}

/** Validates and saves the whole settings object; throws with the problems when it is invalid. */
export async function saveSettings(input: SettingsInput): Promise<Settings> {
  const settings = settingsSchema.parse(input);
  await settingsItem.setValue(settings);
  return settings;
}

/** Merges a change into the stored settings and saves the result. */
export async function updateSettings(change: Partial<SettingsInput>): Promise<Settings> {
  return saveSettings({ ...(await getSettings()), ...change });
}

/** Turns Statusmark off (or back on) for one site. */
export async function setSiteEnabled(site: string, enabled: boolean): Promise<Settings> {
  const { disabledSites } = await getSettings();
  const others = disabledSites.filter((s) => s !== site);
  return updateSettings({ disabledSites: enabled ? others : [...others, site].sort() });
}

/** Calls `onChange` with the new settings whenever any context changes them; returns the unwatch function. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => {
    const parsed = settingsSchema.safeParse(value);
    onChange(parsed.success ? parsed.data : { ...DEFAULT_SETTINGS });
  });
}
