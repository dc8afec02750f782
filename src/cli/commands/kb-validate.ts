import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseJsonText } from '../../db/json-text';
import { MAX_USER_DATA_BYTES } from '../../db/user-data-schema';
import { checkDocument, KIND_NAMES } from '../kb-document-check';
import type { Command } from '../main';

const USAGE = 'usage: statusmark kb validate <file>';
/** Above the largest file any reader accepts (feeds: 5 MB, user data: 10 MB). */
const MAX_BYTES = MAX_USER_DATA_BYTES;

/**
 * Checks a KB snapshot or feed, an entry list, one entry, or a user-data file (it
 * tells which). Exit 0 when valid; 1 with one line per problem ("<file>: <path>:
 * <what was expected>"); 2 when called wrongly.
 */
export const command: Command = {
  usage: 'kb validate <file>',
  summary: 'check a KB snapshot/feed, entry list, entry or user-data file',
  async run(args) {
    let file: string | undefined;
    try {
      const { positionals } = parseArgs({ args, options: {}, allowPositionals: true });
      if (positionals.length !== 1) throw new Error('give exactly one file');
      file = positionals[0];
    } catch (error) {
      console.error(`statusmark kb validate: ${(error as Error).message}\n${USAGE}`);
      return 2;
    }
    if (file === undefined) return 2;

    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (error) {
      console.error(`${file}: cannot read the file: ${(error as Error).message}`);
      return 1;
    }
    if (bytes.length > MAX_BYTES) {
      console.error(
        `${file}: the file is ${bytes.length} bytes; no Statusmark file may exceed ${MAX_BYTES} bytes`,
      );
      return 1;
    }
    const json = parseJsonText(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    if (!json.ok) {
      console.error(`${file}: ${json.problem}`);
      return 1;
    }
    const result = await checkDocument(json.value);
    for (const problem of result.problems) console.error(`${file}: ${problem}`);
    if (result.problems.length > 0 || result.kind === null) return 1;
    console.log(`${file}: valid ${KIND_NAMES[result.kind]} (${result.summary})`);
    return 0;
  },
};
