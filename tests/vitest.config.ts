import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    projects: [
      {
        plugins: [WxtVitest()],
        test: {
          name: 'unit',
          root,
          // The tagger's held-out quality gate runs here too (also alone: `npm run test:quality`).
          include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/unit/tagging/quality-heldout.gate.ts'],
          // Every property test gets a bounded shrinking time, so a failure reports instead of hanging.
          setupFiles: ['tests/unit/install-property-budget.ts'],
          // Property tests take a few seconds; on a busy 2-core machine several times that.
          testTimeout: 30_000,
        },
      },
      {
        // Real browsers with the built extension: after the unit tests, one file at a time, since
        // each file runs its own Chromium and Firefox and the machine has two cores.
        test: {
          name: 'e2e',
          root,
          include: ['tests/e2e/**/*.e2e.test.ts'],
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          sequence: { groupOrder: 1 },
          maxWorkers: 1,
          testTimeout: 60_000,
          hookTimeout: 90_000,
        },
      },
    ],
  },
});
