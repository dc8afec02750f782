#!/usr/bin/env node
// The statusmark command runs the project's TypeScript directly (through tsx), so the
// CLI and the extension share one engine with no separate build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
