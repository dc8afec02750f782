import { requestFromContent } from '../../messaging/send';
import { cachedDetailsSource, type EntryDetailsSource } from './entry-details';

/**
 * Entry details for the popover, asked of the background by id when a popover opens
 * (never up front: most badges are never opened). The KB version comes with them, for
 * citations; it is asked once per page.
 */
export function backgroundDetailsSource(): EntryDetailsSource {
  let kbVersion: Promise<number> | null = null;
  const version = () =>
    (kbVersion ??= requestFromContent({ type: 'getKbInfo' }).then(
      (info) => info.kb?.version ?? 0,
      () => ((kbVersion = null), 0),
    ));
  return cachedDetailsSource({
    async get(id) {
      const [stored, kb] = await Promise.all([requestFromContent({ type: 'getEntry', id }), version()]);
      if (!stored) return null;
      return {
        entry: stored.entry,
        kbVersion: kb,
        origin: stored.origin,
        ...(stored.localNote ? { localNote: stored.localNote } : {}),
      };
    },
  });
}
