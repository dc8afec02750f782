import { defineConfig } from 'vitest/config';

// End-to-end tests in real browsers. One file at a time: each starts its own
// browser, and two at once would fight over this machine's two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    reporters: ['verbose'],
  },
});
