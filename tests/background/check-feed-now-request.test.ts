import { describe, expect, it } from 'vitest';
import { makeEntry, makeSnapshot } from '../db/helpers';
import { CONTENT_SCRIPT, memoryBundle, startTestService } from './kb-service-helpers';

async function service() {
  return startTestService(memoryBundle(await makeSnapshot([makeEntry('shipped-a')], 10)).bundle);
}

describe('"Check now" from the options page', () => {
  it('reaches the feed updater and answers with its outcome (here: no feed configured)', async () => {
    const { send } = await service();
    expect(await send({ type: 'checkFeedNow' })).toEqual({
      ok: true,
      value: { checked: false, reason: 'no feed configured: the bundled KB is used' },
    });
  });

  it('is refused from a content script, as every request that can change the KB', async () => {
    const { send } = await service();
    expect(await send({ type: 'checkFeedNow' }, CONTENT_SCRIPT)).toMatchObject({
      ok: false,
      error: { code: 'refused' },
    });
  });
});
