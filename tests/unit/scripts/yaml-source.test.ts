import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblems, validateContent, type RawEntry } from '../../../scripts/lib/content-check';
import { readContent } from '../../../scripts/lib/read-content';
import { decodeUtf8, lintYaml, readFrontmatterAsAstro, showInvisible, splitSheet } from '../../../scripts/lib/yaml-source';

const ROOT = resolve(import.meta.dirname, '../../..');
// Reference data only (what sheets point at): checking all the sheets for each case would be slow.
const real = readContent(join(ROOT, 'content'), ROOT).entries.filter((e) => e.file.endsWith('.yaml'));

const SHEET = `---
title: Cantine à 1 € pour les enfants
format: atelier
order: 2
event: Conférence régionale du 7 juillet 2021
date: 2021-07-07
territories: [aude]
summary: Une phrase de résumé.
themes: [alimentation]
source:
  document: guide-conference-2021
  section: Atelier n°1
---

Un paragraphe.
`;

/** The problems check:content finds in one atelier written next to the real content. */
function check(text: string, collection: RawEntry['collection'] = 'ateliers', dir = 'ateliers'): string {
  const entry: RawEntry = { file: `content/${dir}/essai.mdx`, collection, id: 'essai', text };
  return formatProblems(validateContent([...real, entry]).filter((p) => p.file === entry.file));
}

describe('frontmatter read as Astro reads it', { timeout: 30_000 }, () => {
  it('gives the same data as @astrojs/internal-helpers parseFrontmatter (js-yaml 4)', () => {
    const read = readFrontmatterAsAstro(SHEET);
    expect('data' in read && read.data).toEqual(parseFrontmatter(SHEET).frontmatter);
    // js-yaml reads an unquoted date as a Date, a quoted one as a string: both are accepted by the schema.
    expect('data' in read && (read.data as { date: unknown }).date).toBeInstanceOf(Date);
  });

  it('accepts the valid sample sheet, an unquoted or quoted added date, and a BOM', () => {
    expect(check(SHEET)).toBe('');
    expect(check(SHEET.replace('date: 2021-07-07', 'date: 2021-07-07\nadded: 2026-11-25'))).toBe('');
    expect(check(SHEET.replace('date: 2021-07-07', "date: '2021-07-07'\nadded: '2026-11-25'"))).toBe('');
    expect(check(`\uFEFF${SHEET}`)).toBe('');
  });

  it('accepts « : » and « # » inside quotes and block scalars, and a comment line', () => {
    const text = SHEET.replace(
      'summary: Une phrase de résumé.',
      'summary: >-\n  Le plan #1 jeune : une solution\n  pour tous.\n# un commentaire\nnumber: "#1 : test"',
    );
    expect(check(text)).toBe('');
  });

  it('accepts a local example in a métropole of a département its measure lists', () => {
    const mesure = `---
title: Une mesure
axis: axe-1
order: 1
followedBy: Mesure suivie par la DREETS
summary: Résumé.
territories: [haute-garonne]
themes: [alimentation]
examples:
  - id: essai-toulouse
    title: Un exemple
    placeLabel: Toulouse Métropole
    territories: [toulouse-metropole]
    summary: Résumé de l'exemple.
source:
  document: bilan-strategie-2021
  section: Axe 1
---

Texte.
`;
    expect(check(mesure, 'mesures', 'mesures')).toBe('');
    expect(check(mesure.replace('territories: [haute-garonne]', 'territories: [aude]'), 'mesures', 'mesures')).toContain(
      'exemple local en « toulouse-metropole », un territoire que la mesure ne liste pas',
    );
  });
});

describe('line checks', () => {
  it('counts lines in the file, the opening --- being line 1', () => {
    const split = splitSheet(SHEET);
    expect('parts' in split && split.parts.yamlLine).toBe(2);
    expect('parts' in split && split.parts.bodyLine).toBe(14);
    expect(lintYaml('title: a\nsummary: a : b', 2)).toEqual([expect.objectContaining({ line: 3 })]);
  });

  it('shows invisible characters by name', () => {
    expect(showInvisible('a\u00A0b\u200Bc\td')).toBe('a[espace insécable]b[espace de largeur nulle]c[tabulation]d');
  });

  it('refuses a file that is not UTF-8, with the line of the first bad byte', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('---\ntitle: x\n'), 0x65, 0xe9, 0x0a]);
    const decoded = decodeUtf8(bytes);
    expect('problem' in decoded && decoded.problem.line).toBe(3);
    expect(decodeUtf8(new TextEncoder().encode('été'))).toEqual({ text: 'été' });
  });
});
