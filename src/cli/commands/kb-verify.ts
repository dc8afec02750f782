import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { keyIdOf, KeyFormatError, parsePublicKeyText } from '../../feed/keys';
import { toBase64 } from '../../feed/base64';
import { verifyFeed, type InstalledKb, type VerificationKey } from '../../feed/verify-feed';
import type { Command } from '../main';

const USAGE =
  'usage: statusmark kb verify <feed.json> --key <public key file> [--key <another>] [--sig <file>] ' +
  '[--current-version N [--current-hash sha256-...]]';

class UsageError extends Error {}

/**
 * Runs verifyFeed, the very function the extension's updater calls, with the given
 * public keys as the trusted list. Exit 0: the extension would apply the feed;
 * 1: it would not (the reason is printed); 2: the command was called wrongly.
 */
export const command: Command = {
  usage: 'kb verify <feed.json> --key <file.pub> [options]',
  summary: 'check a signed KB feed exactly as the extension does',
  async run(args) {
    let request: VerifyRequest;
    try {
      request = await readRequest(args);
    } catch (error) {
      if (!(error instanceof UsageError || error instanceof KeyFormatError)) throw error;
      console.error(`statusmark kb verify: ${error.message}\n${USAGE}`);
      return 2;
    }
    const files = await readFeedFiles(request.feedPath, request.sigPath);
    if ('problem' in files) {
      console.error(`would not be applied: ${files.problem}`);
      return 1;
    }
    const verdict = await verifyFeed(files.feed, files.signature, request.keys, request.current);
    if (verdict.outcome === 'apply') {
      const { snapshot, key } = verdict;
      console.log(
        `would be applied: version ${snapshot.version}, ${count(snapshot.entries.length)}, ` +
          `generated ${snapshot.generatedAt}, signed by key ${key.keyId} (${key.label})`,
      );
      return 0;
    }
    console.error(`would not be applied: ${verdict.reason}`);
    return 1;
  },
};

interface VerifyRequest {
  feedPath: string;
  sigPath: string;
  keys: VerificationKey[];
  current: InstalledKb | null;
}

async function readRequest(args: string[]): Promise<VerifyRequest> {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        key: { type: 'string', multiple: true },
        sig: { type: 'string' },
        'current-version': { type: 'string' },
        'current-hash': { type: 'string' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { positionals, values } = parsed;
  const feedPath = positionals[0];
  if (positionals.length !== 1 || feedPath === undefined) throw new UsageError('give exactly one feed file');
  if (!values.key?.length) throw new UsageError('give the trusted public key with --key <file>');
  return {
    feedPath,
    sigPath: values.sig ?? `${feedPath}.sig`,
    keys: await Promise.all(values.key.map(readVerificationKey)),
    current: readCurrent(values['current-version'], values['current-hash']),
  };
}

async function readVerificationKey(path: string): Promise<VerificationKey> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(
      `cannot read the key file ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`,
    );
  }
  let raw: Uint8Array<ArrayBuffer>;
  try {
    raw = parsePublicKeyText(text);
  } catch (error) {
    throw new KeyFormatError(`${path}: ${(error as Error).message}`);
  }
  return { keyId: await keyIdOf(raw), publicKey: toBase64(raw), label: basename(path) };
}

function readCurrent(version: string | undefined, hash: string | undefined): InstalledKb | null {
  if (version === undefined) {
    if (hash !== undefined) throw new UsageError('--current-hash needs --current-version');
    return null;
  }
  if (!/^[1-9]\d*$/.test(version)) throw new UsageError(`--current-version must be a positive whole number`);
  if (hash !== undefined && !/^sha256-[0-9a-f]{64}$/.test(hash)) {
    throw new UsageError('--current-hash must be "sha256-" and 64 hex digits');
  }
  return { version: Number(version), ...(hash === undefined ? {} : { hash }) };
}

async function readFeedFiles(
  feedPath: string,
  sigPath: string,
): Promise<{ feed: Uint8Array; signature: Uint8Array } | { problem: string }> {
  const read = async (path: string, what: string) => {
    try {
      return await readFile(path);
    } catch (error) {
      return `cannot read the ${what} ${path}: ${(error as NodeJS.ErrnoException).code ?? error}`;
    }
  };
  const feed = await read(feedPath, 'feed');
  if (typeof feed === 'string') return { problem: feed };
  const signature = await read(sigPath, 'signature file');
  if (typeof signature === 'string') return { problem: signature };
  return { feed, signature };
}

function count(entries: number): string {
  return `${entries} ${entries === 1 ? 'entry' : 'entries'}`;
}
