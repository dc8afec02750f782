#!/usr/bin/env node
// Fails when a built script holds a byte above 127. Chromium refuses to load a
// content script it reads as non-UTF-8, and a raw U+FFFF (Dexie has one) does that;
// the failure shows only as a missing content script, so the build stops here instead.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const root = process.argv[2];
if (!root) {
  console.error('usage: check-ascii.mjs <build dir>');
  process.exit(2);
}

function* scripts(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* scripts(path);
    else if (/\.(m?js|css|html|json)$/.test(name)) yield path;
  }
}

const problems = [];
for (const file of scripts(root)) {
  const bytes = readFileSync(file);
  const at = bytes.findIndex((b) => b > 127);
  if (at >= 0) {
    const line = bytes.subarray(0, at).toString('latin1').split('\n').length;
    problems.push(
      `${relative(process.cwd(), file)}: non-ASCII byte 0x${bytes[at].toString(16)} at offset ${at} (line ${line})`,
    );
  }
}
if (problems.length > 0) {
  console.error(`check-ascii: ${problems.length} built file(s) contain non-ASCII bytes:`);
  for (const p of problems) console.error(`  ${p}`);
  console.error('Escape the characters in source, or keep esbuild charset "ascii".');
  process.exit(1);
}
console.log(`check-ascii: every built file under ${root} is ASCII.`);
