import type { BrowserContext, CDPSession, Page } from 'playwright-core';

/**
 * Reads a hostile page without calling anything the page could have replaced.
 * Playwright's `page.evaluate` and `$$eval` run a helper script in the page's main world
 * that calls Array.prototype methods: on a page that replaced them, the harness breaks,
 * not Statusmark. Here every read is a raw DevTools `Runtime.evaluate`:
 * - `main(expression)`: the page's own world (its heartbeat, its globals), for expressions
 *   written to use no Array, JSON or Promise method;
 * - `reader(expression)`: a fresh isolated world of our own, with pristine built-ins and
 *   the same DOM (badges, open shadow roots), for everything else.
 * Values come back by value, serialised by V8 itself.
 */
export interface RawPage {
  main<T>(expression: string): Promise<T>;
  reader<T>(expression: string): Promise<T>;
  close(): Promise<void>;
}

interface EvaluateResult {
  result: { value?: unknown };
  exceptionDetails?: { text: string; exception?: { description?: string } };
}

async function evaluate<T>(cdp: CDPSession, expression: string, contextId?: number): Promise<T> {
  const reply = (await cdp.send('Runtime.evaluate', {
    expression,
    ...(contextId === undefined ? {} : { contextId }),
    returnByValue: true,
  })) as EvaluateResult;
  if (reply.exceptionDetails) {
    const { exception, text } = reply.exceptionDetails;
    throw new Error(`${exception?.description ?? text}\n  in: ${expression.slice(0, 120)}`);
  }
  return reply.result.value as T;
}

export async function rawPage(context: BrowserContext, page: Page): Promise<RawPage> {
  const cdp = await context.newCDPSession(page);
  let readerId: number | undefined;
  /** The world is made on first use (after load) and lives as long as the document. */
  const readerWorld = async () => {
    if (readerId !== undefined) return readerId;
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: { frame: { id: string } } };
    const world = (await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'hostile-suite-reader',
    })) as { executionContextId: number };
    readerId = world.executionContextId;
    return readerId;
  };
  return {
    main: (expression) => evaluate(cdp, expression),
    reader: async (expression) => evaluate(cdp, expression, await readerWorld()),
    close: () => cdp.detach(),
  };
}

/**
 * The page's heartbeat over [from, until] (ms since navigation): ticks, and the longest
 * wait between two ticks that touches the window. Plain loops: the page may have
 * replaced every Array method.
 */
export function heartbeatIn(raw: RawPage, [from, until]: [number, number]) {
  return raw.main<{ ticks: number; longestGapMs: number }>(`(() => {
    const beat = window.heartbeat, a = ${from}, b = ${until};
    let ticks = 0, gap = 0;
    for (let i = 0; i < beat.ticks; i++) {
      const t = beat.times[i];
      if (t >= a && t <= b) ticks++;
      if (i > 0 && t > a && beat.times[i - 1] < b) gap = Math.max(gap, Math.min(t, b) - Math.max(beat.times[i - 1], a));
    }
    if (beat.ticks > 0 && beat.times[beat.ticks - 1] < b) gap = Math.max(gap, b - Math.max(beat.times[beat.ticks - 1], a));
    return { ticks, longestGapMs: Math.round(gap) };
  })()`);
}
