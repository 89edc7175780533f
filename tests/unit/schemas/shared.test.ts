import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import {
  amountSchema,
  contactSchema,
  emailSchema,
  keyFigureSchema,
  linkSchema,
  phoneSchema,
  urlSchema,
} from '../../../src/schemas/shared';
import { territorySchema, sourceSchema } from '../../../src/schemas/reference-data';
import { makeRefChecker } from '../../../scripts/lib/content-check';

z.config(z.locales.fr());

const firstMessage = (schema: z.ZodType, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? null : result.error.issues[0]?.message;
};

describe('shared field schemas', () => {
  it.each(['05 49 37 56 30', '01 40 56 63 05', '0 800 122 500'])('accepts the phone number %s', (phone) => {
    expect(phoneSchema.parse(phone)).toBe(phone);
  });
  it.each(['0549375630', '05-49-37-56-30', '+33 5 49 37 56 30', '05 49 37 56'])('rejects the phone number %s', (phone) => {
    expect(firstMessage(phoneSchema, phone)).toBe(
      'numéro de téléphone invalide : 10 chiffres groupés par deux, ex. « 05 49 37 56 30 » (ou « 0 800 122 500 »)',
    );
  });
  it('accepts http(s) URLs and rejects javascript:, data: and bare domains', () => {
    expect(urlSchema.parse('https://www.unccas.org')).toBe('https://www.unccas.org');
    for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'www.unccas.org', 'https://a b']) {
      expect(firstMessage(urlSchema, bad)).toBe(
        'adresse web invalide : elle doit commencer par https:// ou http:// (les liens javascript: sont refusés)',
      );
    }
  });
  it('checks e-mails', () => {
    expect(emailSchema.parse('contact@unccas.org')).toBe('contact@unccas.org');
    expect(firstMessage(emailSchema, 'contact-unccas.org')).toBe('adresse e-mail invalide : ex. « contact@unccas.org »');
  });
  it('types amounts and figures as numbers', () => {
    expect(amountSchema.parse({ value: 3, unit: '€ par repas servi', label: 'prise en charge' }).value).toBe(3);
    expect(firstMessage(amountSchema, { value: '3 €', unit: '€', label: 'x' })).toBe(
      'montant invalide : un nombre est attendu (ex. 3 ou 1.3, sans € ni espace)',
    );
    expect(firstMessage(keyFigureSchema, { value: 'douze', label: 'x' })).toBe(
      'valeur invalide : un nombre est attendu (ex. 1.3, sans espace ni unité)',
    );
  });
  it('refuses unknown keys in contacts and links', () => {
    expect(contactSchema.safeParse({ organisation: 'ASP', linkedin: 'x' }).success).toBe(false);
    expect(linkSchema.parse({ label: 'Bonus « Mixité »' })).toEqual({ label: 'Bonus « Mixité »' });
  });
});

describe('reference data schemas', () => {
  const ref = makeRefChecker(new Map([['territoires', new Set(['haute-garonne'])]]));
  const territory = territorySchema(ref);
  it('accepts a département with a quoted INSEE code and a métropole with its parent', () => {
    expect(
      territory.parse({ name: 'Ariège', dans: 'en Ariège', de: 'de l’Ariège', kind: 'departement', code: '09', order: 1 }).code,
    ).toBe('09');
    expect(
      territory.parse({
        name: 'Toulouse Métropole',
        dans: 'dans Toulouse Métropole',
        de: 'de Toulouse Métropole',
        kind: 'metropole',
        code: '31',
        parent: 'haute-garonne',
        order: 20,
      }).parent,
    ).toEqual({
      collection: 'territoires',
      id: 'haute-garonne',
    });
  });
  it('rejects an unquoted or unknown code with a message naming the quoting rule', () => {
    expect(
      firstMessage(territory, { name: 'Ariège', dans: 'en Ariège', de: 'de l’Ariège', kind: 'departement', code: 9, order: 1 }),
    ).toMatch(/^code INSEE de département inconnu : il doit être l’un de 09, 11, .* entre guillemets \(ex\. '09'\)$/);
  });
  it('rejects a territory whose « dans » form lacks its preposition', () => {
    expect(
      firstMessage(territory, { name: 'Gers', dans: 'le Gers', de: 'du Gers', kind: 'departement', code: '32', order: 6 }),
    ).toMatch(/^forme « dans … » invalide/);
  });
  it('rejects a métropole without its département, and a mistyped parent', () => {
    expect(firstMessage(territory, { name: 'M', dans: 'dans M', de: 'de M', kind: 'metropole', code: '31', order: 1 })).toBe(
      'une métropole doit indiquer son département (parent)',
    );
    expect(
      firstMessage(territory, {
        name: 'M',
        dans: 'dans M',
        de: 'de M',
        kind: 'metropole',
        code: '31',
        parent: 'haute-garone',
        order: 1,
      }),
    ).toBe('« haute-garone » n’existe pas : aucune fiche content/territoires/haute-garone.* (référence mal orthographiée ?)');
  });
  it('accepts source dates of any precision and rejects other formats', () => {
    const base = { title: 't', shortTitle: 's', publisher: 'p', kind: 'guide', description: 'd', order: 0 };
    expect(sourceSchema.parse({ ...base, date: '2024-07' }).date).toBe('2024-07');
    expect(firstMessage(sourceSchema, { ...base, date: '07/2024' })).toBe(
      'date invalide « 07/2024 » : format AAAA-MM-JJ, AAAA-MM ou AAAA',
    );
    // js-yaml reads an unquoted 2021-07-07 as a Date: the same day, kept as written.
    expect(sourceSchema.parse({ ...base, date: new Date('2021-07-07T00:00:00Z') }).date).toBe('2021-07-07');
    expect(firstMessage(sourceSchema, { ...base, date: '2021-02-30' })).toContain('impossible');
  });
});
