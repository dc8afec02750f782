/**
 * npm run kb:sign -- --key <private key file> [--feed dist/kb/feed.json] [--out <feed>.sig]
 * Signs the feed's exact bytes with Ed25519 and writes the detached signature.
 * Before writing, it runs verifyFeed with the matching public key, so a feed the
 * extension would refuse (schema, hash) is never signed.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { toBase64 } from '../src/feed/base64';
import { importPrivateKeyPem } from '../src/feed/keys';
import { signFeedBytes } from '../src/feed/sign-feed';
import { verifyFeed } from '../src/feed/verify-feed';

const USAGE = 'usage: npm run kb:sign -- --key <private key file> [--feed dist/kb/feed.json] [--out <file>]';

async function sign(args: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: { key: { type: 'string' }, feed: { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    console.error(`kb:sign: ${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!values.key) {
    console.error(`kb:sign: give the private key with --key <file>\n${USAGE}`);
    return 2;
  }
  const feedPath = values.feed ?? 'dist/kb/feed.json';
  const outPath = values.out ?? `${feedPath}.sig`;
  try {
    const [pem, feed] = await Promise.all([readFile(values.key, 'utf8'), readFile(feedPath)]);
    const { signatureText, keyId } = await signFeedBytes(new Uint8Array(feed), pem);
    const { publicKey } = await importPrivateKeyPem(pem);
    const ownKey = { keyId, publicKey: toBase64(publicKey), label: 'this signing key' };
    const verdict = await verifyFeed(feed, signatureText, [ownKey], null);
    if (verdict.outcome !== 'apply') {
      console.error(`kb:sign: refusing to sign ${feedPath}: ${verdict.reason}`);
      return 1;
    }
    await writeFile(outPath, signatureText);
    console.log(
      `signed ${feedPath} (version ${verdict.snapshot.version}) with key ${keyId}: wrote ${outPath}`,
    );
    return 0;
  } catch (error) {
    console.error(`kb:sign: ${(error as Error).message}`);
    return 1;
  }
}

process.exitCode = await sign(process.argv.slice(2));
