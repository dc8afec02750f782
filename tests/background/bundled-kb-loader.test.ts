import { describe, expect, it } from 'vitest';
import { bundledKbFromPackage } from '../../src/background/bundled-kb-loader';
import { bundledKbInfo } from '../../src/kb/bundled-kb';
import { makeEntry, makeSnapshot } from '../db/helpers';

const getURL = (path: string) => `chrome-extension://abc${path}`;

function fakeFetch(files: Record<string, unknown>): typeof fetch {
  return async (input) => {
    const url = String(input);
    return url in files ? Response.json(files[url]) : new Response('missing', { status: 404 });
  };
}

describe('reading the bundled KB from the extension package', () => {
  it('reads the info file and the validated snapshot', async () => {
    const snapshot = await makeSnapshot([makeEntry('shipped-a')], 3);
    const bundle = bundledKbFromPackage(
      getURL,
      fakeFetch({
        'chrome-extension://abc/kb/snapshot.json': snapshot,
        'chrome-extension://abc/kb/snapshot-info.json': bundledKbInfo(snapshot),
      }),
    );
    expect(await bundle.info()).toEqual(bundledKbInfo(snapshot));
    expect(await bundle.snapshot()).toEqual(snapshot);
  });

  it('refuses a snapshot whose entries do not match its hash', async () => {
    const snapshot = await makeSnapshot([makeEntry('shipped-a')], 3);
    const damaged = { ...snapshot, entries: [makeEntry('shipped-a', { title: 'Changed after hashing' })] };
    const bundle = bundledKbFromPackage(
      getURL,
      fakeFetch({ 'chrome-extension://abc/kb/snapshot.json': damaged }),
    );
    await expect(bundle.snapshot()).rejects.toThrow('the bundled KB does not match its hash');
  });

  it('says which file is missing', async () => {
    const bundle = bundledKbFromPackage(getURL, fakeFetch({}));
    await expect(bundle.info()).rejects.toThrow(
      'cannot read the bundled KB file chrome-extension://abc/kb/snapshot-info.json: HTTP 404',
    );
  });
});
