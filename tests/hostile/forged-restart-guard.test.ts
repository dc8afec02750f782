// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { ignoreForgedRestarts, scriptStartedEvent } from '../../src/page/forged-restart-guard';

/** What a page (or a newer copy of the script) dispatches to say "a newer content script started". */
function announceNewerScript(): void {
  document.dispatchEvent(
    new CustomEvent(scriptStartedEvent(), {
      detail: { contentScriptName: 'content', messageId: 'forged-by-the-page' },
    }),
  );
}

const contexts: ContentScriptContext[] = [];
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  fakeBrowser.reset();
});

function startContentScript(): ContentScriptContext {
  const ctx = new ContentScriptContext('content');
  contexts.push(ctx);
  ignoreForgedRestarts(ctx.signal);
  return ctx;
}

describe('a forged "newer content script started" event', () => {
  it("is WXT's own event, named after the extension", () => {
    expect(scriptStartedEvent()).toBe(
      `${fakeBrowser.runtime.id}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`,
    );
  });

  it('does not stop a content script whose extension is alive', () => {
    const ctx = startContentScript();
    announceNewerScript();
    expect(ctx.signal.aborted).toBe(false);
  });

  it('still lets a newer copy replace a script its extension left behind (update or reload)', () => {
    const ctx = startContentScript();
    const id = fakeBrowser.runtime.id;
    Object.defineProperty(fakeBrowser.runtime, 'id', {
      value: undefined,
      configurable: true,
      writable: true,
    });
    try {
      announceNewerScript();
    } finally {
      Object.defineProperty(fakeBrowser.runtime, 'id', { value: id, configurable: true, writable: true });
    }
    expect(ctx.signal.aborted).toBe(true);
  });
});
