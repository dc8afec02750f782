import { z } from 'zod';
import { fromBase64, toBase64 } from './base64';
import { SIGNATURE_BYTES } from './keys';

/**
 * The detached signature, `feed.json.sig`: a small JSON file naming the key and
 * carrying the Ed25519 signature over the exact bytes of `feed.json`.
 *
 *   { "format": "statusmark-kb-signature", "algorithm": "Ed25519",
 *     "keyId": "3f9a0c1d2e4b5a69", "signature": "<64 bytes in base64>" }
 */
export const signatureFileSchema = z.strictObject({
  format: z.literal('statusmark-kb-signature'),
  algorithm: z.literal('Ed25519'),
  keyId: z.string().regex(/^[0-9a-f]{16}$/, { error: 'expected a key id of 16 hex digits' }),
  signature: z.string().refine((text) => fromBase64(text)?.length === SIGNATURE_BYTES, {
    error: `expected a ${SIGNATURE_BYTES}-byte Ed25519 signature in base64`,
  }),
});
export type SignatureFile = z.infer<typeof signatureFileSchema>;

export function formatSignatureFile(keyId: string, signature: Uint8Array): string {
  const file: SignatureFile = {
    format: 'statusmark-kb-signature',
    algorithm: 'Ed25519',
    keyId,
    signature: toBase64(signature),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
