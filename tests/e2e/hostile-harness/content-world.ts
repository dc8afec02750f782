import type { BrowserContext, Page } from 'playwright-core';

/**
 * Runs code in the content script's own world (Chromium's isolated world named after
 * the extension) of a page, through the DevTools protocol: what code running with the
 * content script's privileges could do, e.g. after a renderer compromise.
 */
export interface ContentWorld {
  evaluate<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface ExecutionContext {
  id: number;
  name: string;
  origin: string;
  auxData?: { frameId?: string; type?: string };
}

export async function contentWorld(
  context: BrowserContext,
  page: Page,
  name = 'Statusmark',
): Promise<ContentWorld> {
  const cdp = await context.newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', (event: { context: ExecutionContext }) =>
    contexts.push(event.context),
  );
  await cdp.send('Runtime.enable');
  const deadline = Date.now() + 5_000;
  let world = contexts.find((c) => c.name === name && c.auxData?.type === 'isolated');
  while (!world && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 50));
    world = contexts.find((c) => c.name === name && c.auxData?.type === 'isolated');
  }
  if (!world) throw new Error(`no "${name}" content-script world in ${page.url()}`);
  const contextId = world.id;
  return {
    async evaluate<T>(expression: string): Promise<T> {
      const result = (await cdp.send('Runtime.evaluate', {
        expression,
        contextId,
        awaitPromise: true,
        returnByValue: true,
      })) as {
        result: { value?: unknown };
        exceptionDetails?: { text: string; exception?: { description?: string } };
      };
      if (result.exceptionDetails) {
        throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text);
      }
      return result.result.value as T;
    },
    close: () => cdp.detach(),
  };
}
