/**
 * The French of the interface, over the visible text of every built page: plurals, articles and
 * prepositions with territory names, « Tout l’Atlas », spaces around punctuation, no-break spaces
 * inside numbers and before units, typographic apostrophes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parse as parseHtml } from 'node-html-parser';
import { builtPages, CONTENT, DIST } from './dist';
import { frenchTextProblems } from '../../src/lib/french-check';

interface TerritoryYaml {
  name: string;
  kind: string;
  dans: string;
  de: string;
}
const territories = readdirSync(join(CONTENT, 'territoires'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => parse(readFileSync(join(CONTENT, 'territoires', f), 'utf8')) as TerritoryYaml);

/** The text a reader sees: no script, style, hidden element or template. */
function visibleText(path: string): string {
  const root = parseHtml(readFileSync(join(DIST, path, 'index.html'), 'utf8'));
  // Code (commands of the deploy guide) is not interface prose.
  for (const el of root.querySelectorAll('script, style, template, [hidden], [aria-hidden=true], noscript, head, pre, code'))
    el.remove();
  // Block boundaries are word boundaries.
  return root.innerHTML
    .replace(
      /<\/?(p|li|h[1-6]|div|dt|dd|td|th|tr|caption|figcaption|section|header|footer|nav|ul|ol|summary|details|label|legend)(\s[^>]*)?>/gi,
      '\n',
    )
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, '\u00A0')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"');
}

describe('French of the interface', () => {
  const pages = builtPages().filter((p) => p.endsWith('/'));
  it('is checked on every page of the site', () => {
    expect(pages.length).toBeGreaterThan(100);
  });
  it('has correct plurals, articles, spaces and apostrophes on every page', () => {
    const problems: string[] = [];
    for (const path of pages) {
      for (const p of frenchTextProblems(visibleText(path), territories)) problems.push(`${path} : ${p}`);
    }
    expect(problems).toEqual([]);
  }, 60_000);
});
