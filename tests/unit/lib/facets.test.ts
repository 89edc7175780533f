import { describe, expect, it } from 'vitest';
import { FACETS, FACET_KEYS, FACET_LABELS, facetOrders, facetValues } from '../../../src/lib/facets';
import { facetContext } from '../../../src/lib/search-facets';
import { FILTER_KEYS, emptyState, parseSearchParams, toSearchParams } from '../../../src/lib/search-state';
import { recordsFromHtml } from '../../../scripts/lib/offline-records';
import { SHEET_KINDS, SHEET_KIND_IDS } from '../../../src/schemas/registry';
import { loadCollection } from '../../helpers/content';

const lookups = {
  themes: new Map(loadCollection('themes').map((t) => [t.id, t])),
  territories: new Map(loadCollection('territoires').map((t) => [t.id, t])),
  sources: new Map(loadCollection('sources').map((s) => [s.id, s])),
};
const ctx = facetContext(lookups);

describe('the facets, declared once', () => {
  it('give the search state its keys and URL parameters, in display order', () => {
    expect(FILTER_KEYS).toEqual(FACETS.map((f) => f.key));
    expect(Object.keys(emptyState().filters)).toEqual([...FACET_KEYS]);
    const params = new URLSearchParams(FACETS.map((f) => [f.param, `valeur ${f.key}`]));
    const state = parseSearchParams(params);
    for (const f of FACETS) expect(state.filters[f.key]).toEqual([`valeur ${f.key}`]);
    expect(toSearchParams(state).toString()).toBe(params.toString());
    for (const f of FACETS) expect(FACET_LABELS[f.key]).toBe(f.label);
  });

  it('compute the values of a sheet from the registry and the reference collections', () => {
    const metropole = loadCollection('territoires').find((t) => t.data.kind === 'metropole')!;
    const parent = lookups.territories.get(metropole.data.parent!.id)!;
    const [theme] = loadCollection('themes');
    const values = facetValues(
      { kind: 'exemple', territories: [metropole.id], themes: [theme!.id], axis: 'Axe 1 — x', source: 'Bilan' },
      ctx,
    );
    expect(values.kind).toEqual([SHEET_KINDS.exemple.facet]);
    expect(values.theme).toEqual([theme!.data.name]);
    expect(values.territoire.sort()).toEqual([metropole.data.name, parent.data.name].sort());
    expect(values.axe).toEqual(['Axe 1 — x']);
    expect(values.source).toEqual(['Bilan']);
  });

  it('order kinds as the registry, themes, territories and sources as their collections', () => {
    const orders = facetOrders(ctx);
    expect(orders.kind).toEqual(SHEET_KIND_IDS.map((k) => SHEET_KINDS[k].facet));
    expect(orders.theme).toHaveLength(lookups.themes.size);
    expect(orders.territoire).toHaveLength(lookups.territories.size);
    expect(orders.source).toHaveLength(lookups.sources.size);
  });
});

describe('search records read from the built HTML', () => {
  it('reads the page record and the hidden record of each local example, its summary from the visible example', () => {
    const html = `<html><body><h1>Mesure</h1><article data-pagefind-body><div hidden data-pagefind-meta="kind:Mesure">
      <span data-pagefind-meta="place:Occitanie"></span><span data-pagefind-filter="kind:Mesure"></span></div><p>Texte.</p>
      <section data-pagefind-ignore><article class="example" id="x1"><p class="eyebrow">Aude</p><h3>Ex</h3><p>Résumé.</p>
      <div hidden data-example-record data-url="/mesures/m/#x1" data-title="Ex" data-kind="Exemple local" data-place="Aude (11)"
      data-example-body="x1" data-example-filters="territoire:Aude&#10;inconnu:z">
      <p data-example-text>Ex Aude Exemple local de la mesure « Mesure ».</p></div></article></section></article></body></html>`;
    const { page, examples } = recordsFromHtml(html, '/mesures/m/');
    expect(page).toMatchObject({
      url: '/mesures/m/',
      kind: 'Mesure',
      place: 'Occitanie',
      text: 'Texte.',
      filters: { kind: ['Mesure'] },
    });
    expect(examples).toEqual([
      {
        url: '/mesures/m/#x1',
        title: 'Ex',
        kind: 'Exemple local',
        place: 'Aude (11)',
        text: 'Ex Aude Exemple local de la mesure « Mesure ». Résumé.',
        filters: { territoire: ['Aude'] },
      },
    ]);
  });
});
