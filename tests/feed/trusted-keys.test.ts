import { describe, expect, it } from 'vitest';
import { fromBase64 } from '../../src/feed/base64';
import { keyIdOf } from '../../src/feed/keys';
import { buildTrustedKeys, trustedKeyListSchema } from '../../src/feed/trusted-keys';
import productionKeys from '../../src/feed/trusted-keys.json';
import { feedBuildDefines } from '../../scripts/lib/feed-build-config';
import { DEV_TRUSTED_KEYS } from './helpers/feed-fixtures';

const devKeyId = DEV_TRUSTED_KEYS[0]!.keyId;

describe('trusted feed keys', () => {
  it('never lists the development key in the production list', () => {
    const production = trustedKeyListSchema.parse(productionKeys);
    expect(production.map((key) => key.keyId)).not.toContain(devKeyId);
    expect(production.map((key) => key.publicKey)).not.toContain(DEV_TRUSTED_KEYS[0]!.publicKey);
  });

  it('lists every production key under the id derived from its public key', async () => {
    for (const key of trustedKeyListSchema.parse(productionKeys)) {
      expect(await keyIdOf(fromBase64(key.publicKey)!)).toBe(key.keyId);
    }
  });

  it('trusts only the production list outside a build (CLI, Node)', () => {
    expect(buildTrustedKeys()).toEqual(trustedKeyListSchema.parse(productionKeys));
  });

  it('compiles the dev key into a build only with STATUSMARK_TRUST_DEV_KEY=1', () => {
    const trusted = (env: Record<string, string>) =>
      JSON.parse(feedBuildDefines(env).__STATUSMARK_DEV_TRUSTED_KEYS__!) as { keyId: string }[];
    expect(trusted({})).toEqual([]);
    expect(trusted({ STATUSMARK_TRUST_DEV_KEY: 'true' })).toEqual([]);
    expect(trusted({ STATUSMARK_TRUST_DEV_KEY: '0' })).toEqual([]);
    expect(trusted({ STATUSMARK_TRUST_DEV_KEY: '1' }).map((key) => key.keyId)).toEqual([devKeyId]);
  });

  it('compiles the default feed URL from STATUSMARK_FEED_URL, empty when unset', () => {
    expect(feedBuildDefines({}).__STATUSMARK_DEFAULT_FEED_URL__).toBe('""');
    expect(
      feedBuildDefines({ STATUSMARK_FEED_URL: 'https://kb.example.org/feed.json' })
        .__STATUSMARK_DEFAULT_FEED_URL__,
    ).toBe('"https://kb.example.org/feed.json"');
  });

  it('compiles a feed timeout only when STATUSMARK_FEED_TIMEOUT_MS is a whole number of milliseconds', () => {
    const timeout = (env: Record<string, string>) => feedBuildDefines(env).__STATUSMARK_FEED_TIMEOUT_MS__;
    expect(timeout({})).toBe('null');
    expect(timeout({ STATUSMARK_FEED_TIMEOUT_MS: '1500' })).toBe('1500');
    expect(timeout({ STATUSMARK_FEED_TIMEOUT_MS: 'soon' })).toBe('null');
  });

  it('rejects a malformed key list entry with its path', () => {
    const result = trustedKeyListSchema.safeParse([{ ...DEV_TRUSTED_KEYS[0], publicKey: 'AAAA' }]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: [0, 'publicKey'] });
  });
});
