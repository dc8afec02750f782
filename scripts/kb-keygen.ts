/**
 * npm run kb:keygen -- <dir>
 * Writes a new feed signing key pair: <dir>/feed-signing.key (private, PKCS#8 PEM,
 * readable by the owner only) and <dir>/feed-signing.pub (public, base64). Never
 * overwrites: replacing a key by accident would lock every reader out of updates.
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateKeyPair } from '../src/feed/keys';

async function keygen(args: string[]): Promise<number> {
  const [dir] = args;
  if (args.length !== 1 || dir === undefined || dir.startsWith('-')) {
    console.error('usage: npm run kb:keygen -- <dir>');
    return 2;
  }
  const keyPath = join(dir, 'feed-signing.key');
  const pubPath = join(dir, 'feed-signing.pub');
  const existing = [keyPath, pubPath].filter((path) => existsSync(path));
  if (existing.length > 0) {
    console.error(`kb:keygen: refusing to overwrite ${existing.join(' and ')}`);
    return 1;
  }
  const pair = await generateKeyPair();
  await mkdir(dir, { recursive: true });
  // `wx`: fail rather than overwrite, even if a file appeared since the check above.
  await writeFile(keyPath, pair.privateKeyPem, { flag: 'wx', mode: 0o600 });
  await writeFile(pubPath, pair.publicKeyText, { flag: 'wx' });
  const entry = {
    keyId: pair.keyId,
    publicKey: pair.publicKeyText.trim(),
    label: 'Your newsroom feed key',
    added: new Date().toISOString().slice(0, 10),
  };
  console.log(`wrote ${keyPath} (private: keep it secret, off any repository)`);
  console.log(`wrote ${pubPath} (public)`);
  console.log(`key id ${pair.keyId}; to trust it, add this to src/feed/trusted-keys.json:`);
  console.log(JSON.stringify(entry, null, 2));
  return 0;
}

process.exitCode = await keygen(process.argv.slice(2));
