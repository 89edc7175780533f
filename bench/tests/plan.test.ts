import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_CLI, BEFORE_ASTRO, buildPlan, SEPARATE_STAGES, STAGE_RUNNER } from '../lib/plan';
import { POST_BUILD_STEPS, stagesNamed, stepNames } from '../../src/integrations/post-build';

const ROOT = join(import.meta.dirname, '../..');
const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

/** The commands of an npm script, `npm run x` expanded. */
function commands(name: string): string[] {
  return scripts[name]!.split('&&')
    .map((c) => c.trim())
    .flatMap((c) => (c.startsWith('npm run ') ? commands(c.slice('npm run '.length)) : [c]));
}

describe('the benchmark’s plan of npm run build', () => {
  it('runs the commands of the build script, in its order', () => {
    const build = commands('build');
    expect(build.at(-1)).toBe('astro build');
    expect(build.slice(0, -1)).toEqual(BEFORE_ASTRO.map((s) => `tsx ${s.file}`));
    expect(buildPlan().map((s) => s.label)).toEqual([
      ...BEFORE_ASTRO.map((s) => s.label),
      'astro build',
      ...SEPARATE_STAGES.map((s) => s.label),
    ]);
  });

  it('skips in astro build exactly the steps of the stages it runs apart, which end the chain in the same order', () => {
    const last = POST_BUILD_STEPS.slice(-SEPARATE_STAGES.length);
    expect(last.map((s) => s.name)).toEqual(SEPARATE_STAGES.map((s) => s.name));
    expect(stepNames(last)).toEqual(SEPARATE_STAGES.flatMap((s) => s.steps));
    const astro = buildPlan().find((s) => s.file === ASTRO_CLI)!;
    expect(astro.env.ATLAS_SKIP_STEPS!.split(',')).toEqual(stepNames(last));
  });

  it('runs each separate stage by its name through the stage runner, which knows it', () => {
    const runner = readFileSync(join(ROOT, STAGE_RUNNER), 'utf8');
    expect(runner).toContain('stagesNamed(POST_BUILD_STEPS');
    for (const planned of buildPlan().filter((s) => s.file === STAGE_RUNNER)) {
      const found = stagesNamed(POST_BUILD_STEPS, planned.args);
      expect(Array.isArray(found) && found.map((s) => s.name), planned.label).toEqual(planned.args);
    }
    expect(stagesNamed(POST_BUILD_STEPS, ['pas une étape'])).toMatch(
      /^Étape inconnue : pas une étape\. Étapes de la chaîne : « typographie française »/,
    );
  });
});
