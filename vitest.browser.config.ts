import { defineConfig } from 'vitest/config'

// Browser tests: the built site in Debian's Chromium through playwright-core.
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    fileParallelism: false,
  },
})
