import { useEffect, useState } from 'preact/hooks';
import { getSettings, watchSettings } from '../../settings/settings';
import type { Settings } from '../../settings/settings-schema';

/** The user's settings, kept current when any context changes them; null while loading. */
export function useSettings(): Settings | null {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    let live = true;
    void getSettings().then((value) => live && setSettings(value));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return settings;
}
