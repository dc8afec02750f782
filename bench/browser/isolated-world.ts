import type { CDPSession } from 'playwright-core';

/**
 * Evaluates code in a fresh isolated world of the page's main frame: the same kind
 * of world a content script runs in (its own globals, the page's DOM). The floor and
 * the peers run here, as the extension would run them.
 */
export async function isolatedWorld(cdp: CDPSession): Promise<<T>(expression: string) => Promise<T>> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'statusmark-bench',
  });
  return async <T>(expression: string): Promise<T> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      contextId: executionContextId,
      expression,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) {
      const message = exceptionDetails.exception?.description ?? exceptionDetails.text;
      throw new Error(message.split('\n')[0]);
    }
    return result.value as T;
  };
}

/**
 * `body` (statements ending in `return <value>`) timed inside a setTimeout task, as
 * page work really runs: work evaluated directly over CDP is not reported as a long task.
 */
export function timedTask(body: string): string {
  return `new Promise((resolve, reject) => setTimeout(() => {
    try {
      const t0 = performance.now();
      const value = (() => { ${body} })();
      resolve({ ms: performance.now() - t0, value });
    } catch (error) { reject(error); }
  }, 0))`;
}
