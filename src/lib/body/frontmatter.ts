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
