/**
 * The esbuild options `esbuild.mjs` bundles the shipped server with, so benchmarks that bundle their own entry
 * measure code in the same shape as the extension runs it (no tsx import getters, ESM builds of dependencies).
 */
import type { BuildOptions } from 'esbuild';

export const SHIPPED_BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  mainFields: ['module', 'main'],
  target: 'node20',
  format: 'cjs',
  logLevel: 'warning',
} as const satisfies BuildOptions;
