import { createRequire } from 'node:module';
import { getCollection } from 'astro:content';
import { getAllSheets } from './sheets';
import { getLookups } from './lookups';
import { SHEET_KINDS } from '../lib/sheet-kinds';
import { isRegionWide, sheetsOfDepartement } from '../lib/selection';
import { inTerritory } from '../lib/territories';
import { frenchText } from '../lib/french-typography';
import {
  foldCommune,
  foldSheet,
  sheetsNamingCommunes,
  type CommuneIndex,
  type CommuneRow,
  type CommuneSheet,
} from '../lib/communes';
import { OCCITANIE_DEPARTEMENT_CODES } from '../schemas/reference-data';

interface EtalabCommune {
  code: string;
  nom: string;
  departement: string;
  type: string;
  codesPostaux?: string[];
  population?: number;
}
interface EtalabEpci {
  nom: string;
  membres: { code: string }[];
}

const require = createRequire(import.meta.url);
let cached: Promise<CommuneIndex> | undefined;

/**
 * The commune index of « Ma commune »: every current commune of the 13 départements from the
 * official list (@etalab/decoupage-administratif, read at build time), their EPCI, and the sheets
 * that concern each commune. Computed once per build.
 */
export function getCommuneIndex(): Promise<CommuneIndex> {
  cached ??= build();
  return cached;
}

async function build(): Promise<CommuneIndex> {
  const codes = new Set<string>(OCCITANIE_DEPARTEMENT_CODES);
  const all = require('@etalab/decoupage-administratif/data/communes.json') as EtalabCommune[];
  const epciList = require('@etalab/decoupage-administratif/data/epci.json') as EtalabEpci[];
  const communes = all
    .filter((c) => c.type === 'commune-actuelle' && codes.has(c.departement))
    .sort((a, b) => (b.population ?? 0) - (a.population ?? 0) || a.code.localeCompare(b.code));
  if (communes.length < 4000) throw new Error(`Liste des communes incomplète : ${communes.length} communes en Occitanie`);
  const inOccitanie = new Set(communes.map((c) => c.code));
  const epcis: string[] = [];
  const epciOf = new Map<string, number>();
  for (const e of epciList) {
    if (!e.membres.some((m) => inOccitanie.has(m.code))) continue;
    epcis.push(frenchText(e.nom));
    for (const m of e.membres) epciOf.set(m.code, epcis.length - 1);
  }

  const { territories } = await getLookups();
  const sheets = await getAllSheets();
  const ateliers = await getCollection('ateliers');
  const communesOf = new Map(ateliers.map((a) => [`atelier:${a.id}`, a.data.communes]));
  const depCode = new Map<string, string>();
  for (const t of territories.values()) if (t.data.code) depCode.set(t.id, t.data.code);

  const index = new Map(sheets.map((s, i) => [s.key, i]));
  const rows: CommuneSheet[] = sheets.map((s) => ({
    t: frenchText(s.title),
    u: s.url,
    k: SHEET_KINDS[s.kind].label,
    p: s.territories.map((id) => territories.get(id)?.data.name ?? id).join(', '),
  }));
  const departements: CommuneIndex['departements'] = {};
  const byDepartement: CommuneIndex['byDepartement'] = {};
  for (const t of territories.values()) {
    if (t.data.kind !== 'departement' || !t.data.code) continue;
    departements[t.data.code] = { name: t.data.name, url: `/departements/${t.id}/`, dans: inTerritory(t) };
    byDepartement[t.data.code] = sheetsOfDepartement(sheets, t.id, territories).local.map((s) => index.get(s.key)!);
  }
  const wide = sheets.flatMap((s, i) => (isRegionWide(s, territories) ? [i] : []));

  const nameable = sheets.map((s) =>
    foldSheet({
      communes: communesOf.get(s.key) ?? [],
      text: [s.title, s.summary, s.eyebrow ?? ''].join(' '),
      departements: s.territories.flatMap((id) => (depCode.has(id) ? [depCode.get(id)!] : [])),
    }),
  );
  // Each commune is matched only against the sheets of its département (src/lib/communes.ts).
  const folded = communes.map((c) => {
    const epci = epciOf.get(c.code) ?? -1;
    return foldCommune({ name: c.nom, departement: c.departement, epci: epci >= 0 ? epcis[epci] : undefined });
  });
  const hits = sheetsNamingCommunes(nameable, folded);
  const named: CommuneIndex['named'] = {};
  const communeRows: CommuneRow[] = communes.map((c, k) => {
    if (hits[k]!.length > 0) named[c.code] = hits[k]!;
    return [c.code, frenchText(c.nom), (c.codesPostaux ?? []).join(' '), c.departement, epciOf.get(c.code) ?? -1];
  });
  return { departements, epcis, communes: communeRows, sheets: rows, byDepartement, wide, named };
}
