import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  PUBLICATION_FIELDS,
  absoluteUrl,
  editionNotice,
  formatPublicationProblems,
  isPublished,
  publicBaseUrl,
  publicValue,
  publicationProblems,
  type PublicationFields,
} from '../../../src/lib/publication';

const fixture = (name: string): PublicationFields =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, `../../fixtures/site-config/${name}.json`), 'utf8'));
const EMPTY: PublicationFields = {
  url: '',
  publisher: { name: '', address: '', phone: '', director: '', email: '' },
  host: { name: '', address: '', phone: '' },
};
const FILLED = fixture('filled');
const TEMPLATE = fixture('template');

describe('publication fields', () => {
  it('names every empty field, in the order of the legal notice', () => {
    const problems = publicationProblems(EMPTY);
    expect(problems.map((p) => p.field)).toEqual(PUBLICATION_FIELDS.map((f) => f.field));
    for (const p of problems) expect(p.reason).toBe('le champ est vide');
    expect(isPublished(EMPTY)).toBe(false);
    expect(editionNotice(EMPTY)).toBe('Édition de démonstration : éditeur non désigné');
  });

  it('refuses the old template: placeholders and example.org addresses are not values', () => {
    const problems = new Map(publicationProblems(TEMPLATE).map((p) => [p.field, p.reason]));
    expect(problems.get('publisher.address')).toMatch(/texte d’exemple/);
    expect(problems.get('publisher.director')).toMatch(/texte d’exemple/);
    expect(problems.get('host.name')).toMatch(/texte d’exemple/);
    expect(problems.get('publisher.email')).toMatch(/adresse d’exemple/);
    expect(problems.get('url')).toMatch(/adresse d’exemple/);
    // The name alone is plausible, so it is shown; the edition is still unpublished.
    expect(problems.has('publisher.name')).toBe(false);
    expect(editionNotice(TEMPLATE)).toBe('Édition non publiée : mentions légales incomplètes');
    expect(publicValue(TEMPLATE, 'publisher.email')).toBeNull();
    expect(publicValue(TEMPLATE, 'publisher.director')).toBeNull();
    expect(publicBaseUrl(TEMPLATE)).toBeNull();
  });

  it('accepts a filled configuration: no notice, every value public, absolute addresses', () => {
    expect(publicationProblems(FILLED)).toEqual([]);
    expect(isPublished(FILLED)).toBe(true);
    expect(editionNotice(FILLED)).toBeNull();
    expect(publicValue(FILLED, 'publisher.director')).toBe(FILLED.publisher.director);
    expect(publicValue(FILLED, 'host.phone')).toBe(FILLED.host.phone);
    expect(absoluteUrl(FILLED, '/ateliers/x/')).toBe(`${FILLED.url}/ateliers/x/`);
    expect(absoluteUrl({ url: `${FILLED.url}/` }, '/')).toBe(`${FILLED.url}/`);
  });

  it.each([
    ['url', 'http://atlas.departement-fictif.fr', /https:\/\//],
    ['url', 'atlas.departement-fictif.fr', /adresse complète/],
    ['url', 'https://localhost:4321', /adresse d’exemple/],
    ['url', 'https://127.0.0.1', /adresse d’exemple/],
    ['publisher.email', 'contact', /pas une adresse électronique/],
    ['publisher.email', 'x@atlas.test', /adresse d’exemple/],
    ['publisher.phone', 'bientôt', /pas un numéro/],
    ['host.address', 'Adresse à renseigner', /texte d’exemple/],
  ] as const)('refuses %s = « %s »', (field, value, reason) => {
    const [group, key] = field.split('.') as ['publisher' | 'host' | 'url', string | undefined];
    const config: PublicationFields = structuredClone(FILLED);
    if (key) (config[group as 'publisher'] as Record<string, string>)[key] = value;
    else config.url = value;
    const problems = publicationProblems(config);
    expect(problems.map((p) => p.field)).toEqual([field]);
    expect(problems[0]!.reason).toMatch(reason);
    expect(publicValue(config, field)).toBeNull();
  });

  it('without a public URL, gives no absolute address at all', () => {
    expect(absoluteUrl(EMPTY, '/sitemap-index.xml')).toBeNull();
    expect(publicBaseUrl(EMPTY)).toBeNull();
  });

  it('writes a French message naming each field, its meaning and the reason', () => {
    const message = formatPublicationProblems(publicationProblems(TEMPLATE));
    expect(message).toMatch(/^Publication refusée : \d+ champs doivent être remplis dans src\/site\.config\.ts/);
    expect(message).toContain('publisher.director — le directeur ou la directrice de la publication : « Directeur');
    expect(message).toContain('url — l’adresse publique du site');
    const one = formatPublicationProblems(publicationProblems({ ...FILLED, url: '' }));
    expect(one).toContain('un champ doit être rempli');
  });
});
