import { importPrivateKeyPem } from './keys';
import { formatSignatureFile } from './signature-file';

/**
 * Signs the exact bytes that will be served as `feed.json` and returns the text of
 * `feed.json.sig`. Signing bytes, not a re-serialised object, means verification
 * needs no canonical form and any byte changed in transit breaks the signature.
 */
export async function signFeedBytes(
  feed: Uint8Array<ArrayBuffer>,
  privateKeyPem: string,
): Promise<{ signatureText: string; keyId: string }> {
  const key = await importPrivateKeyPem(privateKeyPem);
  const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', key.privateKey, feed));
  return { signatureText: formatSignatureFile(key.keyId, signature), keyId: key.keyId };
}
