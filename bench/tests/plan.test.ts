import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ASTRO_CLI, BEFORE_ASTRO, buildPlan, SEPARATE_STEPS } from '../lib/plan';
import { POST_BUILD_STEPS } from '../../src/integrations/post-build';

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
      ...SEPARATE_STEPS.map((s) => s.label),
    ]);
  });

  it('skips in astro build exactly the steps it runs apart, which end the pipeline in the same order', () => {
    const names = POST_BUILD_STEPS.map((s) => s.name);
    expect(names.slice(-SEPARATE_STEPS.length)).toEqual(SEPARATE_STEPS.map((s) => s.name));
    const astro = buildPlan().find((s) => s.file === ASTRO_CLI)!;
    expect(astro.env.ATLAS_SKIP_STEPS!.split(',')).toEqual(SEPARATE_STEPS.map((s) => s.name));
  });

  it('runs each separate step through an entry point that imports that step', async () => {
    for (const s of SEPARATE_STEPS) {
      const source = readFileSync(join(ROOT, s.file), 'utf8');
      const module = /from '\.\.\/src\/integrations\/steps\/([\w-]+)'/.exec(source)?.[1];
      expect(module, s.file).toBeDefined();
      const exported = Object.values(
        (await import(`../../src/integrations/steps/${module}.ts`)) as Record<string, { name?: string }>,
      );
      expect(exported.map((e) => e.name)).toContain(s.name);
    }
  });
});
