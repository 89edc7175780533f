import { describe, expect, it } from 'vitest';
import {
  evaluateTargets,
  formatBytes,
  growthExponent,
  parseProcStat,
  ratio,
  reportMarkdown,
  treeRss,
  wallMs,
  type BenchRun,
  type Build,
  type SizeRun,
} from '../lib/report';

const GB = 1024 ** 3;
const build = (
  ms: number[],
  peak: number,
  labels = ['check:content', 'astro build', 'pagefind', 'édition hors ligne'],
): Build => ({
  steps: ms.map((wall, i) => ({ label: labels[i]!, wallMs: wall, peakRss: i === 1 ? peak : peak / 4, exitCode: 0 })),
  distBytes: 400 * 1024 ** 2,
  indexBytes: 30 * 1024 ** 2,
});
const sizeRun = (size: number, run: number, oursMs: number[], mdMs: number, mdxMs: number): SizeRun => ({
  size,
  run,
  ours: {
    ...build(oursMs, 2.5 * GB),
    sheetPage: { url: '/ateliers/a/', gzipBytes: 7000 },
    search: { firstMs: 120, filteredMs: 60, filteredResults: 268 },
  },
  md: build([mdMs], 4 * GB, ['starlight .md']),
  mdx: build([mdxMs], 5 * GB, ['starlight .mdx']),
  errors: [],
});
const run: BenchRun = {
  startedAt: '2026-12-03T06:00:00',
  finishedAt: '2026-12-03T06:20:00',
  machine: '2 cœurs',
  versions: { astro: '7.3.5' },
  options: { sizes: [2000, 10000], repeat: 2, peers: true },
  content: [],
  runs: [
    sizeRun(2000, 1, [1000, 10000, 3000, 2000], 20000, 30000),
    sizeRun(2000, 2, [1000, 12000, 3000, 2000], 22000, 30000),
    sizeRun(10000, 1, [5000, 50000, 15000, 10000], 80000, 120000),
    sizeRun(10000, 2, [5000, 50000, 15000, 10000], 80000, 160000),
  ],
  real: build([500, 3000, 400, 300], GB),
  notes: ['bruit'],
};

describe('bench report', () => {
  it('sums the process tree of a root from /proc stat lines, command names with spaces included', () => {
    const stats = [
      '10 (node) S 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 100',
      '11 (pagefind (x)) S 10 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 50',
      '12 (other) S 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 999',
    ];
    const procs = stats.map((s) => parseProcStat(`${s} 0 0`)!);
    expect(procs[1]).toEqual({ pid: 11, ppid: 10, rssPages: 50 });
    expect(treeRss(procs, 10)).toBe(150 * 4096);
    expect(parseProcStat('garbage')).toBeNull();
  });

  it('computes totals, ratios and growth, and null when a step failed', () => {
    const ours = run.runs[2]!.ours;
    expect(wallMs(ours)).toBe(80000);
    expect(wallMs(ours, ['astro build', 'pagefind'])).toBe(65000);
    expect(ratio(80000, 80000)).toBe(1);
    expect(ratio(1, 0)).toBeNull();
    expect(growthExponent(2000, 10, 10000, 50)).toBeCloseTo(1, 10);
    const failed = { ...ours!, steps: [{ ...ours!.steps[0]!, error: 'code de sortie 1' }] };
    expect(wallMs(failed)).toBeNull();
  });

  it('judges the targets of issue 16 on the means of the runs of the largest size', () => {
    const t = evaluateTargets(run);
    const byLabel = (start: string) => t.find((x) => x.label.startsWith(start))!;
    expect(byLabel('npm run build / pair Markdown')).toMatchObject({ measured: '1,00×', met: true });
    // 80 / 120 and 80 / 160: mean 0,58
    expect(byLabel('npm run build / pair MDX')).toMatchObject({ measured: '0,58×', met: false });
    expect(byLabel('Mémoire')).toMatchObject({ measured: '2,50 Go', met: true });
    // means 17 s → 80 s for 5× the sheets
    expect(byLabel('Croissance').measured).toBe((Math.log(80 / 17) / Math.log(5)).toFixed(2).replace('.', ','));
    expect(byLabel('Site réel')).toMatchObject({ measured: '4,2 s', met: true });
  });

  it('writes every run of every size, with ratios to both peers, in French', () => {
    const md = reportMarkdown(run);
    expect(md).toContain('| 10 000 (n° 2) | 1,00× · 0,50× |');
    expect(md).toContain('| site réel |');
    expect(md).toContain('## Rapports Atlas / pair');
    expect(formatBytes(1536)).toBe('1,5 Ko');
  });
});
