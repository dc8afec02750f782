/**
 * The statusmark command line. Each command lives in its own module under
 * commands/ and is loaded only when used.
 */
export interface Command {
  /** One line for the usage text, e.g. "kb show <id> [--at YYYY-MM-DD]". */
  usage: string;
  summary: string;
  /** Resolves to the exit code: 0 ok, 1 bad input, 2 usage error. */
  run(args: string[]): Promise<number>;
}

type CommandLoader = () => Promise<{ command: Command }>;

/** Keyed by the words that name the command, e.g. "kb export". */
const COMMANDS: Record<string, CommandLoader> = {
  'kb verify': () => import('./commands/kb-verify'),
  'kb export': () => import('./commands/kb-export'),
  'kb show': () => import('./commands/kb-show'),
  'kb validate': () => import('./commands/kb-validate'),
  check: () => import('./commands/check'),
};

async function usage(): Promise<string> {
  const loaded = await Promise.all(Object.values(COMMANDS).map((load) => load()));
  const rows = loaded.map(({ command }): [string, string] => [command.usage, command.summary]);
  rows.push(['help', 'show this text']);
  // Two spaces at least between a synopsis and its summary, however long the synopsis.
  const width = Math.max(...rows.map(([synopsis]) => synopsis.length)) + 2;
  const lines = ['usage: statusmark <command> [options]', '', 'commands:'];
  for (const [synopsis, summary] of rows) lines.push(`  ${synopsis.padEnd(width)}${summary}`);
  return lines.join('\n');
}

/** Runs the statusmark command line; resolves to the process exit code. */
export async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args[0] === 'help' || args[0] === '--help' || args[0] === '-h') {
    console.log(await usage());
    return args.length === 0 ? 2 : 0;
  }
  // Longest match first: "kb export" before a hypothetical "kb".
  for (const words of [2, 1]) {
    const name = args.slice(0, words).join(' ');
    const load = COMMANDS[name];
    if (load) {
      const { command } = await load();
      return command.run(args.slice(words));
    }
  }
  console.error(`statusmark: unknown command "${args.join(' ')}"\n\n${await usage()}`);
  return 2;
}
