import { browser } from 'wxt/browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The event's name as WXT makes it ("<extension id>:<entrypoint>:wxt:content-script-started"):
 * public at run time, private in WXT's types.
 */
export function scriptStartedEvent(): string {
  return (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
    .SCRIPT_STARTED_MESSAGE_TYPE;
}

/**
 * WXT stops a content script when a newer copy of it announces itself with a DOM event
 * on `document` (named after the extension id, which is public). A web page shares the
 * DOM, so it could forge that event and switch Statusmark off on itself: every badge
 * gone. A newer copy only ever follows one whose extension context is gone (an update
 * or a reload orphans the old script, and its `runtime.id` turns undefined); while ours
 * is alive the event is forged, and it is stopped here, on `window` in the capture
 * phase, before WXT's listener on `document` sees it.
 */
export function ignoreForgedRestarts(signal: AbortSignal, target: Window = window): void {
  target.addEventListener(
    scriptStartedEvent(),
    (event) => {
      if (browser.runtime?.id) event.stopImmediatePropagation();
    },
    { capture: true, signal },
  );
}
