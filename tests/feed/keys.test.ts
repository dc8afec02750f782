import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../src/feed/base64';
import {
  generateKeyPair,
  importPrivateKeyPem,
  keyIdOf,
  KeyFormatError,
  parsePublicKeyText,
  toPem,
} from '../../src/feed/keys';
import { DEV_PRIVATE_KEY, DEV_TRUSTED_KEYS } from './helpers/feed-fixtures';

describe('feed signing keys', () => {
  it('generates a pair whose private key file yields the same public key and key id', async () => {
    const pair = await generateKeyPair();
    expect(pair.privateKeyPem).toMatch(
      /^-----BEGIN PRIVATE KEY-----\n[A-Za-z0-9+/=\n]+-----END PRIVATE KEY-----\n$/,
    );
    expect(pair.publicKeyText).toMatch(/^[A-Za-z0-9+/]{43}=\n$/);
    expect(pair.keyId).toMatch(/^[0-9a-f]{16}$/);
    const signing = await importPrivateKeyPem(pair.privateKeyPem);
    expect(toBase64(signing.publicKey)).toBe(pair.publicKeyText.trim());
    expect(signing.keyId).toBe(pair.keyId);
  });

  it('gives two generated pairs different key ids', async () => {
    const [a, b] = await Promise.all([generateKeyPair(), generateKeyPair()]);
    expect(a.keyId).not.toBe(b.keyId);
  });

  it('reads a public key as one base64 line or as PEM "PUBLIC KEY" (what openssl writes)', async () => {
    const pair = (await crypto.subtle.generateKey({ name: 'Ed25519' }, true, ['sign'])) as CryptoKeyPair;
    const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
    const spki = new Uint8Array(await crypto.subtle.exportKey('spki', pair.publicKey));
    expect(parsePublicKeyText(`${toBase64(raw)}\n`)).toEqual(raw);
    expect(parsePublicKeyText(toPem('PUBLIC KEY', spki))).toEqual(raw);
  });

  it('refuses text that is not a 32-byte public key, saying what was expected', () => {
    expect(() => parsePublicKeyText('not a key')).toThrow(KeyFormatError);
    expect(() => parsePublicKeyText(toBase64(new Uint8Array(31)))).toThrow(/expected 32 bytes in base64/);
    expect(() => parsePublicKeyText(DEV_PRIVATE_KEY)).toThrow(/not an Ed25519 public key/);
  });

  it('refuses a public key given where the private key belongs', async () => {
    await expect(importPrivateKeyPem(DEV_TRUSTED_KEYS[0]!.publicKey)).rejects.toThrow(
      'not a private key: expected a PEM "PRIVATE KEY" (PKCS#8) file',
    );
  });

  it('derives the key id from the public key: the dev key list entry agrees with its key', async () => {
    const devKey = DEV_TRUSTED_KEYS[0]!;
    expect(await keyIdOf(fromBase64(devKey.publicKey)!)).toBe(devKey.keyId);
    expect((await importPrivateKeyPem(DEV_PRIVATE_KEY)).keyId).toBe(devKey.keyId);
  });
});
