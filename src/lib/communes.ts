/**
 * « Ma commune »: the communes of Occitanie (official list, INSEE codes), how a typed name or postcode
 * finds them, and which sheets concern a commune. Pure logic: src/data/communes.ts reads the list.
 */

/** A commune as the client-side index ships it: [INSEE code, name, postcodes, département code, EPCI index or -1]. */
export type CommuneRow = [insee: string, name: string, postcodes: string, departement: string, epci: number];

/** One sheet as the « Ma commune » page lists it. */
export interface CommuneSheet {
  /** Title. */
  t: string;
  /** Root-absolute URL. */
  u: string;
  /** Kind label (« Atelier »). */
  k: string;
  /** Place line. */
  p: string;
}

/** The data shipped to the browser for the commune lookup and the « Ma commune » page. */
export interface CommuneIndex {
  /** The 13 départements: INSEE code → name, page URL and « dans le Gers ». */
  departements: Record<string, { name: string; url: string; dans: string }>;
  /** EPCI names (rows point into this list). */
  epcis: string[];
  /** Communes, most populous first (so that equal matches rank the larger commune first). */
  communes: CommuneRow[];
  sheets: CommuneSheet[];
  /** Sheet indexes per département code (sheets of the département and its métropoles). */
  byDepartement: Record<string, number[]>;
  /** Sheet indexes valid everywhere (regional and national scope). */
  wide: number[];
  /** Sheet indexes naming a commune or its EPCI, per INSEE code. */
  named: Record<string, number[]>;
}

/**
 * Folds a name for comparison: no accents, lower case, hyphens and apostrophes as spaces, « St » as
 * « Saint »: « Saint-Girons », « st girons » and « SAINT GIRONS » fold alike.
 */
export function foldName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .replace(/\b(st|ste)\b/g, (m) => (m === 'st' ? 'saint' : 'sainte'));
}

/** A match of the lookup, best first. */
export interface CommuneMatch {
  row: CommuneRow;
  /** 0 exact name or postcode, 1 name starting with the query, 2 a word of the name starting with it. */
  rank: number;
}

/**
 * Finds communes for what a reader typed: a postcode (« 32100 », or its first 3 or 4 digits) or a
 * name, accents and hyphens optional (« condom », « villefranche de rouergue »). Exact matches first,
 * then names starting with the query; ties keep the index order (most populous first). Queries of
 * fewer than 3 characters find nothing.
 * @param limit maximum number of matches.
 */
export function findCommunes(rows: readonly CommuneRow[], query: string, limit = 5): CommuneMatch[] {
  const q = foldName(query);
  if (q.length < 3) return [];
  const out: CommuneMatch[] = [];
  if (/^\d{3,5}$/.test(q)) {
    for (const row of rows) {
      const codes = row[2].split(' ');
      if (codes.includes(q)) out.push({ row, rank: 0 });
      else if (q.length < 5 && codes.some((c) => c.startsWith(q))) out.push({ row, rank: 1 });
    }
  } else {
    for (const row of rows) {
      const name = foldName(row[1]);
      if (name === q) out.push({ row, rank: 0 });
      else if (q.length >= 4 && name.startsWith(q)) out.push({ row, rank: 1 });
    }
  }
  return out.sort((a, b) => a.rank - b.rank).slice(0, limit);
}

/**
 * The commune a whole query names, if any: the query itself (« Mirande », « 32300 »), or its last or
 * first words (« cantine Mirande », « Saint-Gaudens mobilité »). Used to put « <Commune> (<Département>) »
 * first among search results and to recognise a place word that is not in the sheets.
 */
export function communeInQuery(rows: readonly CommuneRow[], query: string): CommuneRow[] {
  const words = foldName(query).split(' ').filter(Boolean);
  for (let size = words.length; size >= 1; size--) {
    for (const part of [words.slice(words.length - size), words.slice(0, size)]) {
      const text = part.join(' ');
      const exact = findCommunes(rows, text, 20).filter((m) => m.rank === 0);
      if (exact.length > 0) return exact.map((m) => m.row);
    }
  }
  return [];
}

/**
 * The « Ma commune » page URL of a commune.
 */
export function communeUrl(insee: string): string {
  return `/ma-commune/?insee=${insee}`;
}

/**
 * The EPCI name without its legal form, as documents write it: « CA du Grand Cahors » → « Grand Cahors ».
 */
export function epciShortName(name: string): string {
  return name
    .replace(
      /^(CC|CA|CU|Métropole|Communauté (de communes|d'agglomération|urbaine))\s+(de la |de l['’]|des |du |de |d['’])?/i,
      '',
    )
    .trim();
}

/** A sheet as the matching needs it. */
export interface NameableSheet {
  /** Communes the sheet is about (ateliers). */
  communes: readonly string[];
  /** Title, summary, place line. */
  text: string;
  /** Codes of the départements the sheet is attached to. */
  departements: readonly string[];
}

/** A sheet with its names folded once (see foldName). */
export interface FoldedSheet {
  communes: readonly string[];
  /** Folded text between spaces, for whole-word tests. */
  text: string;
  /** The text without accents and punctuation but with its capitals, between spaces. */
  cased: string;
  departements: readonly string[];
}

/** Accents and punctuation out, capitals kept: « Les Maisons-d’Été » → « Les Maisons d Ete ». */
function foldKeepCase(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, ' ')
    .trim();
}

/** Folds a sheet's names once, before testing it against thousands of communes. */
export function foldSheet(sheet: NameableSheet): FoldedSheet {
  return {
    communes: sheet.communes.map(foldName),
    text: ` ${foldName(sheet.text)} `,
    cased: ` ${foldKeepCase(sheet.text)} `,
    departements: sheet.departements,
  };
}

/** Words after which a capitalised word is a common noun, not a commune (« les Maisons des solidarités »). */
const ARTICLES = new Set(['le', 'la', 'les', 'des', 'du', 'aux', 'au', 'l', 'Les', 'Le', 'La', 'Des', 'Du', 'L']);

/** Whether a capitalised name (given as ` ${foldKeepCase(name)} `) occurs as whole words, not right after an article. */
function namesInText(cased: string, needle: string): boolean {
  for (let at = cased.indexOf(needle); at >= 0; at = cased.indexOf(needle, at + 1)) {
    const before = cased.slice(0, at).split(' ').pop() ?? '';
    if (!ARTICLES.has(before)) return true;
  }
  return false;
}

/** A commune as the matching needs it. */
export interface CommuneToMatch {
  name: string;
  departement: string;
  epci?: string | undefined;
}

/** A commune with its names folded once, before testing it against thousands of sheets. */
export interface FoldedCommune {
  departement: string;
  /** foldName of its name. */
  name: string;
  /** Its name with its capitals, between spaces (see foldKeepCase). */
  needle: string;
  /** foldName of the short name of its EPCI, or empty. */
  epci: string;
}

/** Folds a commune's names once (see foldName). */
export function foldCommune(commune: CommuneToMatch): FoldedCommune {
  return {
    departement: commune.departement,
    name: foldName(commune.name),
    needle: ` ${foldKeepCase(commune.name)} `,
    epci: commune.epci ? foldName(epciShortName(commune.epci)) : '',
  };
}

/**
 * Whether a sheet names a commune (in its list of communes, or as a whole word of its title,
 * summary or place line) or its intercommunality. Only sheets of the commune's département count,
 * so that the Gignac of the Lot does not pick up the Gignac of the Hérault; names of fewer than four
 * letters count only in the list of communes (« Ur », « Py » are words too), a name in the text
 * counts with its capital and not after an article (« les Maisons des solidarités » is not Maisons),
 * EPCI names only from eight letters (« Grand Cahors »).
 */
export function sheetNamesCommune(sheet: FoldedSheet, commune: CommuneToMatch | FoldedCommune): boolean {
  const folded = 'needle' in commune ? commune : foldCommune(commune);
  if (!sheet.departements.includes(folded.departement)) return false;
  if (sheet.communes.includes(folded.name)) return true;
  if (folded.name.length >= 4 && namesInText(sheet.cased, folded.needle)) return true;
  return folded.epci.length >= 8 && sheet.text.includes(` ${folded.epci} `);
}

/**
 * For each commune, the indexes of the sheets that name it, in increasing order: the same answer as
 * {@link sheetNamesCommune} for every pair, found without testing every pair. Each sheet's words are read
 * once and looked up among the names of its départements' communes (on a 10 000-sheet edition, testing
 * 4 500 communes against every sheet of their département was a twentieth of the build).
 */
export function sheetsNamingCommunes(sheets: readonly FoldedSheet[], communes: readonly FoldedCommune[]): number[][] {
  const found = communes.map(() => new Set<number>());
  // Per département: communes by folded name, by the first word of their name, and by EPCI name.
  interface Place {
    byName: Map<string, number[]>;
    byFirstWord: Map<string, { c: number; words: string[] }[]>;
    byEpci: Map<string, number[]>;
  }
  const places = new Map<string, Place>();
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  communes.forEach((commune, c) => {
    let place = places.get(commune.departement);
    if (!place) {
      place = { byName: new Map(), byFirstWord: new Map(), byEpci: new Map() };
      places.set(commune.departement, place);
    }
    push(place.byName, commune.name, c);
    if (commune.name.length >= 4) {
      const words = commune.needle.slice(1, -1).split(' ');
      push(place.byFirstWord, words[0]!, { c, words });
    }
    if (commune.epci.length >= 8) push(place.byEpci, commune.epci, c);
  });
  sheets.forEach((sheet, i) => {
    const words = sheet.cased.slice(1, -1).split(' ');
    for (const code of new Set(sheet.departements)) {
      const place = places.get(code);
      if (!place) continue;
      for (const name of sheet.communes) for (const c of place.byName.get(name) ?? []) found[c]!.add(i);
      words.forEach((word, j) => {
        for (const { c, words: name } of place.byFirstWord.get(word) ?? []) {
          if (found[c]!.has(i) || (j > 0 && ARTICLES.has(words[j - 1]!))) continue;
          if (name.every((w, k) => words[j + k] === w)) found[c]!.add(i);
        }
      });
      for (const [epci, list] of place.byEpci) if (sheet.text.includes(` ${epci} `)) for (const c of list) found[c]!.add(i);
    }
  });
  return found.map((set) => [...set].sort((a, b) => a - b));
}

/** What the « Ma commune » page shows for one commune. */
export interface CommuneView {
  insee: string;
  name: string;
  postcodes: string[];
  departement: { code: string; name: string; url: string; dans: string };
  epci?: string | undefined;
  /** Sheets naming the commune or its EPCI. */
  named: CommuneSheet[];
  /** The other sheets of its département. */
  local: CommuneSheet[];
  /** The other regional and national sheets. */
  wide: CommuneSheet[];
}

/** The page of one commune, each sheet listed once (named first, then local, then regional). Null for an unknown code. */
export function communeView(index: CommuneIndex, insee: string): CommuneView | null {
  const row = index.communes.find((c) => c[0] === insee);
  if (!row) return null;
  const [code, name, postcodes, dep, epci] = row;
  const departement = index.departements[dep];
  if (!departement) return null;
  const seen = new Set<number>();
  const take = (ids: readonly number[]) =>
    ids.flatMap((i) => {
      if (seen.has(i) || !index.sheets[i]) return [];
      seen.add(i);
      return [index.sheets[i]];
    });
  const named = take(index.named[code] ?? []);
  const local = take(index.byDepartement[dep] ?? []);
  const wide = take(index.wide);
  return {
    insee: code,
    name,
    postcodes: postcodes.split(' ').filter(Boolean),
    departement: { code: dep, ...departement },
    epci: epci >= 0 ? index.epcis[epci] : undefined,
    named,
    local,
    wide,
  };
}
