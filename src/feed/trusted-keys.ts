import { z } from 'zod';
import { isoDaySchema } from '../kb/schema';
import { fromBase64 } from './base64';
import { PUBLIC_KEY_BYTES } from './keys';
import productionKeys from './trusted-keys.json';

/**
 * A public key the extension trusts to sign KB feeds, pinned at build time. The
 * list may hold several keys so a key can be rotated: old and new are trusted
 * while feeds move to the new one, then the old is dropped.
 */
export const trustedKeySchema = z.strictObject({
  /** First 16 hex digits of the SHA-256 of the raw public key (see keys.ts). */
  keyId: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected a key id of 16 hex digits' }),
  /** The raw 32-byte Ed25519 public key in base64. */
  publicKey: z.string().refine((text) => fromBase64(text)?.length === PUBLIC_KEY_BYTES, {
    error: `expected a ${PUBLIC_KEY_BYTES}-byte Ed25519 public key in base64`,
  }),
  /** Who holds the private key, e.g. "Statusmark feed key 2026". */
  label: z.string().trim().min(1).max(120),
  /** When the key was added to the list, YYYY-MM-DD. */
  added: isoDaySchema,
});
export type TrustedKey = z.infer<typeof trustedKeySchema>;
export const trustedKeyListSchema = z.array(trustedKeySchema);

/**
 * Keys only a test build trusts (the development key under tests/fixtures/feed-keys).
 * wxt.config.ts defines it from STATUSMARK_TRUST_DEV_KEY=1; it is an empty list in
 * every other build, and undefined outside a build (Node, the CLI).
 */
declare const __STATUSMARK_DEV_TRUSTED_KEYS__: unknown;

/** The keys this build trusts: the production list, plus the dev key in test builds only. */
export function buildTrustedKeys(): TrustedKey[] {
  const devKeys =
    typeof __STATUSMARK_DEV_TRUSTED_KEYS__ === 'undefined' ? [] : __STATUSMARK_DEV_TRUSTED_KEYS__;
  return trustedKeyListSchema.parse([...productionKeys, ...trustedKeyListSchema.parse(devKeys)]);
}
