import { fromBase64, fromBase64Url, toBase64 } from './base64';

/**
 * Ed25519 keys through WebCrypto (`crypto.subtle`), which Node 20, Chromium and
 * Firefox all implement: one code path signs in Node and verifies everywhere.
 *
 * Files: the private key is PKCS#8 in PEM ("BEGIN PRIVATE KEY", what
 * `openssl genpkey -algorithm ed25519` writes); the public key is the raw 32-byte
 * key in base64 on one line (PEM "BEGIN PUBLIC KEY" is accepted too). A key id is
 * the first 16 hex digits of the public key's SHA-256: it only picks which pinned
 * key to try, the pinned key itself decides.
 */
export const ED25519 = { name: 'Ed25519' } as const;
export const PUBLIC_KEY_BYTES = 32;
export const SIGNATURE_BYTES = 64;

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the raw key follows it. */
const SPKI_PREFIX = [0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00];

export class KeyFormatError extends Error {}

export async function keyIdOf(publicKey: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', publicKey));
  return Array.from(digest.subarray(0, 8), (b) => b.toString(16).padStart(2, '0')).join('');
}

export function toPem(label: 'PRIVATE KEY' | 'PUBLIC KEY', der: Uint8Array): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

function fromPem(label: string, text: string): Uint8Array<ArrayBuffer> | null {
  const match = new RegExp(`-----BEGIN ${label}-----([^-]*)-----END ${label}-----`).exec(text);
  return match?.[1] === undefined ? null : fromBase64(match[1]);
}

/** The raw 32-byte public key from a `.pub` file (base64 line, or PEM SPKI). */
export function parsePublicKeyText(text: string): Uint8Array<ArrayBuffer> {
  const spki = text.includes('-----BEGIN') ? fromPem('PUBLIC KEY', text) : null;
  const raw = spki ? stripSpkiPrefix(spki) : fromBase64(text.trim());
  if (!raw || raw.length !== PUBLIC_KEY_BYTES) {
    throw new KeyFormatError(
      'not an Ed25519 public key: expected 32 bytes in base64 on one line, or a PEM "PUBLIC KEY"',
    );
  }
  return raw;
}

function stripSpkiPrefix(der: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> | null {
  const prefixMatches = SPKI_PREFIX.every((byte, i) => der[i] === byte);
  return prefixMatches && der.length === SPKI_PREFIX.length + PUBLIC_KEY_BYTES
    ? der.slice(SPKI_PREFIX.length)
    : null;
}

export async function importPublicKey(raw: Uint8Array<ArrayBuffer>): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', raw, ED25519, false, ['verify']);
}

export interface SigningKey {
  privateKey: CryptoKey;
  publicKey: Uint8Array<ArrayBuffer>;
  keyId: string;
}

/** Reads a PEM PKCS#8 Ed25519 private key and derives its public key (from the JWK export). */
export async function importPrivateKeyPem(pem: string): Promise<SigningKey> {
  const der = fromPem('PRIVATE KEY', pem);
  if (!der) throw new KeyFormatError('not a private key: expected a PEM "PRIVATE KEY" (PKCS#8) file');
  let privateKey: CryptoKey;
  try {
    privateKey = await crypto.subtle.importKey('pkcs8', der, ED25519, true, ['sign']);
  } catch {
    throw new KeyFormatError('not an Ed25519 private key (PKCS#8)');
  }
  const { x } = await crypto.subtle.exportKey('jwk', privateKey);
  const publicKey = x === undefined ? null : fromBase64Url(x);
  if (!publicKey) throw new KeyFormatError('the private key does not carry its public key');
  return { privateKey, publicKey, keyId: await keyIdOf(publicKey) };
}

export interface GeneratedKeyPair {
  /** PEM PKCS#8: the `.key` file. */
  privateKeyPem: string;
  /** Raw public key in base64 plus a newline: the `.pub` file. */
  publicKeyText: string;
  keyId: string;
}

export async function generateKeyPair(): Promise<GeneratedKeyPair> {
  const pair = (await crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as CryptoKeyPair;
  const pkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const raw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  return {
    privateKeyPem: toPem('PRIVATE KEY', pkcs8),
    publicKeyText: `${toBase64(raw)}\n`,
    keyId: await keyIdOf(raw),
  };
}
