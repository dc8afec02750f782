const USAGE = `usage: statusmark <command>

commands:
  help    show this text`;

/** Runs the statusmark command line; resolves to the process exit code. */
export async function main(args: string[]): Promise<number> {
  const [command] = args;
  if (command === undefined || command === 'help' || command === '--help') {
    console.log(USAGE);
    return 0;
  }
  console.error(`statusmark: unknown command "${command}"\n\n${USAGE}`);
  return 2;
}
