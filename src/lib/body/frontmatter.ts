import { extractFrontmatter } from '@astrojs/internal-helpers/frontmatter';

/**
 * The body of an .mdx file with its frontmatter blanked out, exactly as Astro's MDX integration does
 * (`parseFrontmatter(code, { frontmatter: 'empty-with-spaces' })`), but without parsing the YAML:
 * the body keeps the line numbers of the file, even when the frontmatter is broken.
 */
export function blankFrontmatter(source: string): string {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return source;
  const delims = /(?:^\uFEFF?|^\s*\n)(---|\+\+\+)/.exec(source)?.[1] ?? '---';
  return source.replace(`${delims}${raw}${delims}`, `   ${raw.replace(/[^\r\n]/g, ' ')}   `);
}

/** The line of the file where the body starts (the line after the closing `---`). */
export function bodyStartLine(source: string): number {
  const raw = extractFrontmatter(source);
  if (raw === undefined) return 1;
  const end = source.indexOf(raw) + raw.length + 3;
  return source.slice(0, end).split('\n').length + 1;
}
