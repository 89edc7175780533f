/**
 * The benchmark's figures: pure functions that read /proc samples, compare the Atlas with its two
 * Starlight peers (Markdown and MDX) built in the same run, check the targets of issue 16 and write
 * the French Markdown report. Sizes in binary units (1 Ko = 1 024 octets, 1 Go = 1 024³).
 */
import type { ContentStats } from './content';

/** One child process: wall time, and the peak of the summed RSS of its process tree. */
export interface Step {
  label: string;
  wallMs: number;
  peakRss: number;
  exitCode: number | null;
  error?: string;
}

/** A built site: its steps (run one after the other) and what they wrote. */
export interface Build {
  steps: Step[];
  distBytes: number;
  /** Bytes of the Pagefind index (`dist/pagefind/`). */
  indexBytes: number;
}

/** The Atlas also has its pages weighed and its search timed. */
export interface OursBuild extends Build {
  /** The heaviest sheet page (one per kind): gzip of HTML + linked CSS + scripts. */
  sheetPage: { url: string; gzipBytes: number } | null;
  /** `search('jeunes')` filtered on a territory, in Chromium, after a first search. */
  search: { firstMs: number; filteredMs: number; filteredResults: number } | null;
}

/** One run of one size: the Atlas and both peers, from the same content. */
export interface SizeRun {
  size: number;
  run: number;
  ours: OursBuild | null;
  md: Build | null;
  mdx: Build | null;
  errors: string[];
}

export interface BenchRun {
  startedAt: string;
  finishedAt: string;
  machine: string;
  versions: Record<string, string>;
  options: { sizes: number[]; repeat: number; peers: boolean };
  content: ContentStats[];
  runs: SizeRun[];
  /** The real site (project's `content/`), full `npm run build`. */
  real: Build | null;
  notes: string[];
}

// ---------------------------------------------------------------------------------------------------
// Raw measurements
// ---------------------------------------------------------------------------------------------------

/** pid, parent pid and RSS pages from /proc/<pid>/stat (the command name may hold spaces and parentheses). */
export function parseProcStat(text: string): { pid: number; ppid: number; rssPages: number } | null {
  const open = text.indexOf('(');
  const close = text.lastIndexOf(')');
  if (open < 1 || close < open) return null;
  const rest = text
    .slice(close + 2)
    .trim()
    .split(/\s+/);
  const [pid, ppid, rssPages] = [Number(text.slice(0, open)), Number(rest[1]), Number(rest[21])];
  return Number.isInteger(pid) && Number.isInteger(ppid) && Number.isFinite(rssPages) ? { pid, ppid, rssPages } : null;
}

/** Summed RSS (bytes) of `root` and all its descendants. */
export function treeRss(
  procs: readonly { pid: number; ppid: number; rssPages: number }[],
  root: number,
  pageSize = 4096,
): number {
  const children = new Map<number, number[]>();
  for (const p of procs) children.set(p.ppid, [...(children.get(p.ppid) ?? []), p.pid]);
  const rss = new Map(procs.map((p) => [p.pid, p.rssPages]));
  let total = 0;
  const seen = new Set<number>();
  for (const stack = [root]; stack.length > 0;) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    total += (rss.get(pid) ?? 0) * pageSize;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

// ---------------------------------------------------------------------------------------------------
// Figures
// ---------------------------------------------------------------------------------------------------

export const wallMs = (b: Build | null, labels?: readonly string[]): number | null =>
  b && b.steps.every((s) => !s.error)
    ? b.steps.filter((s) => !labels || labels.includes(s.label)).reduce((t, s) => t + s.wallMs, 0)
    : null;
export const peakRss = (b: Build | null): number | null => (b ? Math.max(0, ...b.steps.map((s) => s.peakRss)) : null);
export const ratio = (a: number | null | undefined, b: number | null | undefined): number | null =>
  a != null && b != null && b > 0 ? a / b : null;
/** The part of our build a Starlight build also does: the site and its Pagefind index. */
export const COMPARABLE = ['astro build', 'pagefind'] as const;

/** Exponent b of t ∝ n^b between two sizes (1 = linear). */
export function growthExponent(n1: number, t1: number | null, n2: number, t2: number | null): number | null {
  return t1 && t2 && n1 > 0 && n2 > n1 ? Math.log(t2 / t1) / Math.log(n2 / n1) : null;
}

const mean = (values: readonly (number | null)[]): number | null => {
  const ok = values.filter((v): v is number => v !== null);
  return ok.length ? ok.reduce((a, b) => a + b, 0) / ok.length : null;
};

/** The mean over the runs of a size of a figure of its run. */
export function meanOf(runs: readonly SizeRun[], size: number, f: (r: SizeRun) => number | null): number | null {
  return mean(runs.filter((r) => r.size === size).map(f));
}

export const GB = 1024 ** 3;
export const TARGETS = {
  vsMarkdown: 1,
  vsMdx: 0.5,
  peakBytes: 3 * GB,
  exponent: 1.05,
  realBuildMs: 5000,
  sheetPageBytes: 12 * 1024,
  filteredSearchMs: 150,
};

export interface Target {
  label: string;
  threshold: string;
  measured: string;
  met: boolean | null;
}

/** The targets of issue 16, on the largest size (means of its runs). */
export function evaluateTargets(run: Pick<BenchRun, 'runs' | 'real'>): Target[] {
  const sizes = [...new Set(run.runs.map((r) => r.size))].sort((a, b) => a - b);
  const n = sizes.at(-1) ?? 0;
  const prev = sizes.at(-2);
  const at = (f: (r: SizeRun) => number | null) => meanOf(run.runs, n, f);
  const vsMd = at((r) => ratio(wallMs(r.ours), wallMs(r.md)));
  const vsMdx = at((r) => ratio(wallMs(r.ours), wallMs(r.mdx)));
  const peak = at((r) => peakRss(r.ours));
  const t = (size: number) => meanOf(run.runs, size, (r) => wallMs(r.ours));
  const exp = prev ? growthExponent(prev, t(prev), n, t(n)) : null;
  const page = at((r) => r.ours?.sheetPage?.gzipBytes ?? null);
  const search = at((r) => r.ours?.search?.filteredMs ?? null);
  const real = wallMs(run.real);
  const le = (v: number | null, max: number) => (v === null ? null : v <= max);
  return [
    {
      label: `npm run build / pair Markdown, ${formatInt(n)} fiches`,
      threshold: '≤ 1×',
      measured: formatRatio(vsMd),
      met: le(vsMd, TARGETS.vsMarkdown),
    },
    {
      label: `npm run build / pair MDX, ${formatInt(n)} fiches`,
      threshold: '≤ 0,5×',
      measured: formatRatio(vsMdx),
      met: le(vsMdx, TARGETS.vsMdx),
    },
    {
      label: `Mémoire de pointe (arbre de processus), ${formatInt(n)} fiches`,
      threshold: '≤ 3 Go',
      measured: formatBytes(peak),
      met: le(peak, TARGETS.peakBytes),
    },
    {
      label: `Croissance du temps${prev ? ` ${formatInt(prev)} → ${formatInt(n)}` : ''}`,
      threshold: 'exposant ≤ 1,05',
      measured: exp === null ? '—' : formatNumber(exp, 2),
      met: le(exp, TARGETS.exponent),
    },
    {
      label: 'Site réel : npm run build complet',
      threshold: '≤ 5 s',
      measured: formatMs(real),
      met: le(real, TARGETS.realBuildMs),
    },
    {
      label: 'Page de fiche la plus lourde (gzip, HTML + CSS + JS)',
      threshold: '≤ 12 Ko',
      measured: formatBytes(page),
      met: le(page, TARGETS.sheetPageBytes),
    },
    {
      label: 'Recherche filtrée (Chromium)',
      threshold: '≤ 150 ms',
      measured: formatMs(search),
      met: le(search, TARGETS.filteredSearchMs),
    },
  ];
}

// ---------------------------------------------------------------------------------------------------
// French formatting and the report
// ---------------------------------------------------------------------------------------------------

const fr = (n: number, digits: number) =>
  n.toLocaleString('fr-FR', { minimumFractionDigits: digits, maximumFractionDigits: digits }).replace(/\u202f/g, ' ');
export const formatInt = (n: number) => fr(n, 0);
export const formatNumber = (n: number, digits = 1) => fr(n, digits);
export function formatBytes(n: number | null): string {
  if (n === null) return '—';
  if (n >= GB) return `${fr(n / GB, 2)} Go`;
  if (n >= 1000 * 1024) return `${fr(n / 1024 ** 2, 1)} Mo`;
  return n >= 1024 ? `${fr(n / 1024, 1)} Ko` : `${formatInt(n)} o`;
}
export const formatMs = (ms: number | null) => (ms === null ? '—' : ms >= 1000 ? `${fr(ms / 1000, 1)} s` : `${formatInt(ms)} ms`);
export const formatRatio = (r: number | null) => (r === null ? '—' : `${fr(r, 2)}×`);

const table = (head: readonly string[], rows: readonly (readonly string[])[]) =>
  [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

function stepCell(b: Build | null, label: string): string {
  const s = b?.steps.find((x) => x.label === label);
  if (!s) return '—';
  return s.error ? `échec (${s.error})` : `${formatMs(s.wallMs)} / ${formatBytes(s.peakRss)}`;
}

export function reportMarkdown(run: BenchRun): string {
  const ourSteps = [...new Set(run.runs.flatMap((r) => r.ours?.steps.map((s) => s.label) ?? []))];
  const label = (r: SizeRun) => `${formatInt(r.size)}${run.options.repeat > 1 ? ` (n° ${r.run})` : ''}`;
  const targets = evaluateTargets(run);
  const sizes = [...new Set(run.runs.map((r) => r.size))].sort((a, b) => a - b);
  const growth = sizes.slice(1).map((n, i) => {
    const m = sizes[i]!;
    const e = (f: (r: SizeRun) => number | null) => growthExponent(m, meanOf(run.runs, m, f), n, meanOf(run.runs, n, f));
    const cell = (v: number | null) => (v === null ? '—' : formatNumber(v, 2));
    return [
      `${formatInt(m)} → ${formatInt(n)}`,
      cell(e((r) => wallMs(r.ours))),
      ...ourSteps.map((l) => cell(e((r) => wallMs(r.ours, [l])))),
      cell(e((r) => wallMs(r.md))),
      cell(e((r) => wallMs(r.mdx))),
      cell(e((r) => peakRss(r.ours))),
    ];
  });
  const peerRow = (b: Build | null) => [
    formatMs(wallMs(b)),
    formatBytes(peakRss(b)),
    formatBytes(b?.distBytes ?? null),
    formatBytes(b?.indexBytes ?? null),
  ];
  const both = (f: (b: Build | null) => number | null, r: SizeRun) => [
    formatRatio(ratio(f(r.ours), f(r.md))),
    formatRatio(ratio(f(r.ours), f(r.mdx))),
  ];
  return `${[
    '# Banc d’essai de l’Atlas des solidarités',
    `Mesuré du ${run.startedAt} au ${run.finishedAt} (UTC) sur ${run.machine}. Versions : ${Object.entries(run.versions)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}.`,
    `Tailles : ${run.options.sizes.map(formatInt).join(', ')} fiches, ${run.options.repeat} passage(s) par taille${
      run.options.peers
        ? ' ; pairs Starlight en Markdown (.md) et en MDX (.mdx), construits dans la même course avec le même texte'
        : ''
    }. Contenu généré par \`bench/lib/content.ts\` à partir des schémas des collections. Temps : horloge murale ; mémoire : pointe de la somme des RSS du processus et de ses descendants, relevée dans /proc toutes les 100 ms.`,
    '## Objectifs (issue 16)',
    table(
      ['Objectif', 'Seuil', 'Mesuré', 'Résultat'],
      targets.map((t) => [
        t.label,
        t.threshold,
        t.measured,
        t.met === null ? 'non mesuré' : t.met ? '**atteint**' : 'non atteint',
      ]),
    ),
    '## Contenu généré',
    table(
      ['Fiches', 'Par collection', 'Exemples locaux', 'Mots par fiche (moyenne)', 'MDX'],
      run.content.map((c) => [
        formatInt(c.sheets),
        Object.entries(c.byCollection)
          .map(([k, v]) => `${k} ${formatInt(v)}`)
          .join(', '),
        formatInt(c.examples),
        formatInt(c.meanWords),
        formatBytes(c.bytes),
      ]),
    ),
    '## Atlas : étapes de `npm run build` (temps / mémoire de pointe)',
    table(
      ['Fiches', ...ourSteps, 'total', 'pointe', 'dist', 'index Pagefind'],
      [...(run.real ? [{ label: 'site réel', b: run.real }] : []), ...run.runs.map((r) => ({ label: label(r), b: r.ours }))].map(
        ({ label: l, b }) => [
          l,
          ...ourSteps.map((s) => stepCell(b, s)),
          formatMs(wallMs(b)),
          formatBytes(peakRss(b)),
          formatBytes(b?.distBytes ?? null),
          formatBytes(b?.indexBytes ?? null),
        ],
      ),
    ),
    ...(run.options.peers
      ? [
          '## Pairs Starlight (construction avec Pagefind)',
          table(
            [
              'Fiches',
              'md : temps',
              'md : pointe',
              'md : dist',
              'md : index',
              'mdx : temps',
              'mdx : pointe',
              'mdx : dist',
              'mdx : index',
            ],
            run.runs.map((r) => [label(r), ...peerRow(r.md), ...peerRow(r.mdx)]),
          ),
          '## Rapports Atlas / pair (dans la même course ; en dessous de 1, l’Atlas fait mieux)',
          'Chaque case : « / md · / mdx ». « astro + Pagefind » : la part de notre construction que fait aussi Starlight (sans `check:content`, `check-publication`, l’édition hors ligne ni les fichiers du serveur ; « astro build » comprend les étapes HTML : typographie, en-têtes de tableaux, sigles).',
          table(
            ['Fiches', 'npm run build', 'astro + Pagefind', 'mémoire de pointe', 'dist', 'index'],
            run.runs.map((r) => [
              label(r),
              both((b) => wallMs(b), r).join(' · '),
              [ratio(wallMs(r.ours, COMPARABLE), wallMs(r.md)), ratio(wallMs(r.ours, COMPARABLE), wallMs(r.mdx))]
                .map(formatRatio)
                .join(' · '),
              both(peakRss, r).join(' · '),
              both((b) => b?.distBytes ?? null, r).join(' · '),
              both((b) => b?.indexBytes ?? null, r).join(' · '),
            ]),
          ),
        ]
      : []),
    ...(growth.length > 0
      ? [
          '## Croissance (exposant b de t ∝ n^b, moyennes des passages ; 1 = linéaire)',
          table(['Tailles', 'npm run build', ...ourSteps, 'pair md', 'pair mdx', 'mémoire Atlas'], growth),
        ]
      : []),
    '## Page de fiche et recherche (Atlas)',
    table(
      [
        'Fiches',
        'page de fiche la plus lourde (gzip)',
        'première recherche (avec initialisation)',
        'recherche filtrée',
        'résultats',
      ],
      run.runs.map((r) => [
        label(r),
        r.ours?.sheetPage ? `${formatBytes(r.ours.sheetPage.gzipBytes)} (${r.ours.sheetPage.url})` : '—',
        formatMs(r.ours?.search?.firstMs ?? null),
        formatMs(r.ours?.search?.filteredMs ?? null),
        r.ours?.search ? formatInt(r.ours.search.filteredResults) : '—',
      ]),
    ),
    '## Remarques',
    [...run.notes, ...run.runs.flatMap((r) => r.errors.map((e) => `Erreur (${label(r)}) : ${e}`))]
      .map((n) => `- ${n}`)
      .join('\n'),
  ].join('\n\n')}\n`;
}
