/** `npm run test:quality`: the tagger's held-out quality gate (see tests/unit/tagging/quality-heldout.gate.ts). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('..', import.meta.url));

export default defineConfig({
  test: {
    root,
    include: ['tests/unit/tagging/quality-heldout.gate.ts'],
  },
});
