/**
 * How the benchmark times `npm run build` step by step: the same commands as the `build` script of
 * package.json, with the last stages of the post-build chain skipped in `astro build` (ATLAS_SKIP_STEPS)
 * and run right after it, each by scripts/run-post-build.ts, in the chain's order and as the chain runs them
 * (Pagefind beside the offline edition). bench/tests/plan.test.ts checks this plan against package.json
 * and src/integrations/post-build.ts.
 */

/** A timed command: a label for the report, a script run by tsx (or astro's CLI), its arguments, its environment. */
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

/** The post-build stages timed apart: their name in the chain, the names of their steps, the report's label. */
export const SEPARATE_STAGES = [
  {
    name: 'index de recherche et édition hors ligne',
    steps: ['index de recherche Pagefind', 'édition hors ligne'],
    label: 'pagefind + édition hors ligne',
  },
  { name: 'fichiers du serveur', steps: ['fichiers du serveur'], label: 'fichiers du serveur' },
] as const;

/** The entry point that runs stages of the chain by name. */
export const STAGE_RUNNER = 'scripts/run-post-build.ts';

export const ASTRO_CLI = 'node_modules/astro/bin/astro.mjs';

/** The whole plan, in order. */
export function buildPlan(): PlannedStep[] {
  return [
    ...BEFORE_ASTRO.map((s) => ({ ...s, args: [], env: {} })),
    {
      label: 'astro build',
      file: ASTRO_CLI,
      args: ['build'],
      env: { ATLAS_SKIP_STEPS: SEPARATE_STAGES.flatMap((s) => s.steps).join(',') },
    },
    ...SEPARATE_STAGES.map(({ name, label }) => ({ label, file: STAGE_RUNNER, args: [name], env: {} })),
  ];
}
