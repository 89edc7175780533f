/**
 * How the benchmark times `npm run build` step by step: the same commands as the `build` script of
 * package.json, with the last post-build steps of `astro build` skipped (ATLAS_SKIP_STEPS) and run
 * right after it by their single-step entry points, in the pipeline's order. bench/tests/plan.test.ts
 * checks this plan against package.json and src/integrations/post-build.ts.
 */

/** A timed command: a label for the report, a script run by tsx (or astro's CLI), its environment. */
export interface PlannedStep {
  label: string;
  file: string;
  args: readonly string[];
  env: Readonly<Record<string, string>>;
}

/** The commands `npm run build` runs before `astro build`, as scripts run by tsx. */
export const BEFORE_ASTRO = [
  { label: 'check:content', file: 'scripts/check-content.ts' },
  { label: 'check-publication', file: 'scripts/check-publication.ts' },
] as const;

/** The post-build steps timed apart: their pipeline name, the report's label, their entry point. */
export const SEPARATE_STEPS = [
  { name: 'index de recherche Pagefind', label: 'pagefind', file: 'scripts/index-search.ts' },
  { name: 'édition hors ligne', label: 'édition hors ligne', file: 'scripts/build-offline.ts' },
  { name: 'fichiers du serveur', label: 'fichiers du serveur', file: 'scripts/build-server-files.ts' },
] as const;

export const ASTRO_CLI = 'node_modules/astro/bin/astro.mjs';

/** The whole plan, in order. */
export function buildPlan(): PlannedStep[] {
  return [
    ...BEFORE_ASTRO.map((s) => ({ ...s, args: [], env: {} })),
    {
      label: 'astro build',
      file: ASTRO_CLI,
      args: ['build'],
      env: { ATLAS_SKIP_STEPS: SEPARATE_STEPS.map((s) => s.name).join(',') },
    },
    ...SEPARATE_STEPS.map(({ label, file }) => ({ label, file, args: [], env: {} })),
  ];
}
