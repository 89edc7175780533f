import { closingTagIndex } from './html-scan';

/**
 * Acronyms of the content: how to find them in a text, which capitalised words are not acronyms,
 * the hidden search text that links an acronym and its expansion, and the `<abbr>` of its first use.
 */

/** A word of two or more capitals (digits allowed after the first letter): « CCAS », « CE1 », « AG2I ». */
export const ACRONYM_PATTERN = /(?<![\p{L}\p{N}])(?=(?:[0-9]*[A-ZÀ-ÖØ-Ý]){2})[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý0-9]*(?![\p{L}\p{N}])/gu;

/**
 * What {@link ACRONYM_PATTERN} matches, found faster: its matches are exactly the runs of capitals and digits
 * that start with a capital, hold a second capital and touch no other letter or digit. A plain pattern
 * finds the runs and each is checked; the Unicode pattern, with its look-behind tried at every character,
 * took a fifth of the hidden glossary text on every sheet page (tests/unit/lib/acronyms.test.ts compares
 * the two on every kind of text).
 */
const RUN = /[A-ZÀ-ÖØ-Ý][A-ZÀ-ÖØ-Ý0-9]+/g;
const CAPITAL = /[A-ZÀ-ÖØ-Ý]/;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** The code point ending just before `at` (a surrogate pair counts as one), or -1 at the start. */
function codePointBefore(text: string, at: number): number {
  if (at === 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(at - 2)!;
  }
  return low;
}

const isLetterOrDigit = (code: number | undefined) =>
  code !== undefined && code >= 0 && LETTER_OR_DIGIT.test(String.fromCodePoint(code));

/** Each match of {@link ACRONYM_PATTERN} in `text`, with its position, in order. */
export function acronymMatches(text: string): { word: string; index: number }[] {
  const found: { word: string; index: number }[] = [];
  RUN.lastIndex = 0;
  for (let m = RUN.exec(text); m; m = RUN.exec(text)) {
    const word = m[0];
    if (!CAPITAL.test(word.slice(1))) continue;
    if (isLetterOrDigit(codePointBefore(text, m.index))) continue;
    if (isLetterOrDigit(text.codePointAt(m.index + word.length))) continue;
    found.push({ word, index: m.index });
  }
  return found;
}

/**
 * Words written in capitals that are not acronyms: names, roman numerals, words a source writes in
 * capitals. Each needs a reason; anything else of two capitals or more must have a glossary entry.
 */
export const NOT_ACRONYMS: Readonly<Record<string, string>> = {
  II: 'chiffre romain (table ronde II)',
  III: 'chiffre romain (table ronde III)',
  IV: 'chiffre romain (table ronde IV)',
  ATRIUM: 'nom d’association (Atrium-FJT), écrit en capitales',
  AUTOUR: 'nom d’un système imaginé pour 2050 (manuel UNCCAS)',
  BALISES: 'nom d’un outil de l’UNCCAS',
  SONAR: 'nom d’un outil de l’UNCCAS',
  BAR: 'partie du nom « CCAS’BAR »',
  FOR: 'partie du nom de l’association « FOR.C.E »',
  INCLUS: 'partie du nom « 100%-INCLUS » (vision 2050)',
  KALIPOLYS: 'nom d’un espace polyvalent (Langogne), écrit en capitales',
  LOGISBUS: 'nom d’un dispositif (Tarn)',
  MAAZAOU: 'nom de personne écrit en capitales par la source',
  MAAZAOUI: 'nom de personne écrit en capitales par la source',
  MONTPELLIER: 'nom de ville écrit en capitales dans une adresse',
  TOULOUSE: 'nom de ville écrit en capitales dans une adresse',
  SOLIDARITES: 'partie du nom « Groupe SOS SOLIDARITES »',
  SAUVY: 'nom de personne écrit en capitales par la source',
  PIX: 'nom d’une plateforme d’évaluation des compétences numériques',
  THEMIS: 'nom d’une démarche imaginée pour 2050 (déesse grecque)',
  ULUX: 'nom d’une monnaie imaginée pour 2050',
};

/** The words of two capitals or more of a text, once each, in order of appearance. */
export function findAcronyms(text: string): string[] {
  return [...new Set(acronymMatches(text).map((m) => m.word))];
}

/** What the site needs of a glossary entry to mark and index its acronym. */
export interface GlossaryTerm {
  /** Anchor on the glossary page. */
  id: string;
  term: string;
  variants: readonly string[];
  expansion?: string | undefined;
}

/** Every spelling of every acronym → its entry. */
export function termIndex(entries: readonly GlossaryTerm[]): Map<string, GlossaryTerm> {
  const map = new Map<string, GlossaryTerm>();
  for (const e of entries) for (const t of [e.term, ...e.variants]) map.set(t, e);
  return map;
}

/** Lowercase, no accents, one kind of apostrophe, and plurals folded (« centres communaux » → « centre communal »). */
function normalise(text: string): string {
  return ` ${text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’']/g, "' ")
    .toLowerCase()
    .replace(/[^a-z0-9' -]+/g, ' ')
    .split(/\s+/)
    .map(foldPlural)
    .join(' ')} `;
}

/** a–z or 0–9 (the word characters left by {@link normalise}). */
const isWordChar = (code: number) => (code >= 97 && code <= 122) || (code >= 48 && code <= 57);

/**
 * « communaux » → « communal », « centres » → « centre »: a final « aux » becomes « al », and a final s or x
 * after three letters or digits goes (the same as `w.replace(/aux$/, 'al').replace(/(?<=\w{3})[sx]$/, '')`
 * on a word of normalise, without two regular expressions per word of every sheet).
 */
export function foldPlural(word: string): string {
  const w = word.endsWith('aux') ? `${word.slice(0, -3)}al` : word;
  const n = w.length;
  const last = w.charCodeAt(n - 1);
  if (
    n >= 4 &&
    (last === 115 || last === 120) &&
    isWordChar(w.charCodeAt(n - 2)) &&
    isWordChar(w.charCodeAt(n - 3)) &&
    isWordChar(w.charCodeAt(n - 4))
  )
    return w.slice(0, -1);
  return w;
}

/**
 * The hidden search text of a page or record: for each acronym it uses, its expansion (the acronym is
 * on the page already); for each expansion it spells out without the acronym, the acronym. Empty when
 * there is nothing to add. Kept short: it is part of every sheet page's weight.
 */
export function glossarySearchText(text: string, entries: readonly GlossaryTerm[]): string {
  const { index, expansions } = prepared(entries);
  const used = new Set(findAcronyms(text).flatMap((w) => (index.has(w) ? [index.get(w) as GlossaryTerm] : [])));
  const plain = normalise(text);
  // An expansion can occur only if each of its words does: a set lookup per word spares most searches
  // through the whole text.
  const words = new Set(plain.split(' '));
  const parts: string[] = [];
  for (const { entry: e, folded, foldedWords } of expansions) {
    if (used.has(e)) parts.push(e.expansion!);
    else if (foldedWords.every((w) => words.has(w)) && plain.includes(folded)) parts.push(`${e.expansion} : ${e.term}`);
  }
  return parts.join(' ; ');
}

/**
 * What {@link glossarySearchText} needs of a glossary, computed once per list of entries (every sheet page
 * asks with the same list: computing it per page was a tenth of a 10 000-sheet build).
 */
const preparedGlossaries = new WeakMap<
  readonly GlossaryTerm[],
  { index: Map<string, GlossaryTerm>; expansions: { entry: GlossaryTerm; folded: string; foldedWords: string[] }[] }
>();
function prepared(entries: readonly GlossaryTerm[]) {
  let found = preparedGlossaries.get(entries);
  if (!found) {
    found = {
      index: termIndex(entries),
      expansions: entries.flatMap((entry) => {
        if (!entry.expansion) return [];
        const folded = normalise(entry.expansion);
        return [{ entry, folded, foldedWords: folded.split(' ').filter(Boolean) }];
      }),
    };
    preparedGlossaries.set(entries, found);
  }
  return found;
}

/** Elements whose text is never marked: links, headings of rank 1, controls, code, the hidden search text. */
const SKIP = new Set([
  'a',
  'abbr',
  'button',
  'h1',
  'option',
  'select',
  'textarea',
  'script',
  'style',
  'code',
  'pre',
  'template',
  'title',
  'label',
  'summary',
  'svg',
  'dt',
]);

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * Marks the first use of each acronym inside `<main>` as `<a href="/glossaire/#id"><abbr title="…">`,
 * leaving links, controls, titles and code alone. Acronyms without an expansion are not marked.
 */
export function abbreviateFirstUses(html: string, entries: readonly GlossaryTerm[], glossaryPath = '/glossaire/'): string {
  const { index } = prepared(entries);
  const seen = new Set<string>();
  const start = html.search(/<main[\s>]/i);
  const end = html.search(/<\/main>/i);
  if (start === -1 || end === -1) return html;
  const out: string[] = [html.slice(0, start)];
  const stack: { name: string; skip: boolean }[] = [];
  let skipDepth = 0;
  let i = start;
  const markText = (text: string) => {
    let marked = '';
    let copied = 0;
    for (const { word, index: at } of acronymMatches(text)) {
      const e = index.get(word);
      if (!e?.expansion || seen.has(e.id)) continue;
      seen.add(e.id);
      marked += `${text.slice(copied, at)}<a class="abbr-link" href="${glossaryPath}#${e.id}"><abbr title="${escapeAttr(e.expansion)}">${word}</abbr></a>`;
      copied = at + word.length;
    }
    return copied === 0 ? text : marked + text.slice(copied);
  };
  while (i < end) {
    const lt = html.indexOf('<', i);
    if (lt === -1 || lt >= end) {
      const chunk = html.slice(i, end);
      out.push(skipDepth > 0 ? chunk : markText(chunk));
      i = end;
      break;
    }
    if (lt > i) {
      const chunk = html.slice(i, lt);
      out.push(skipDepth > 0 ? chunk : markText(chunk));
    }
    const gt = html.indexOf('>', lt);
    const tag = html.slice(lt, gt + 1);
    out.push(tag);
    i = gt + 1;
    const m = /^<(\/?)([a-zA-Z0-9-]+)/.exec(tag);
    if (!m || tag.startsWith('<!--')) continue;
    const name = (m[2] ?? '').toLowerCase();
    const closing = m[1] === '/';
    if (!closing && RAW_TEXT.has(name) && !tag.endsWith('/>')) {
      // Raw text (scripts, styles): copied as is up to the closing tag.
      const close = closingTagIndex(html, name, i);
      const stop = close === -1 || close > end ? end : close;
      out.push(html.slice(i, stop));
      i = stop;
      continue;
    }
    if (closing) {
      // Pop up to the matching element (HTML from the build is well formed).
      let at = stack.length - 1;
      while (at >= 0 && stack[at]!.name !== name) at -= 1;
      if (at !== -1) {
        for (const popped of stack.splice(at)) if (popped.skip) skipDepth -= 1;
      }
    } else if (!tag.endsWith('/>') && !VOID.has(name)) {
      const skipped = SKIP.has(name) || /data-pagefind-ignore|data-glossary-terms|aria-hidden="true"/.test(tag);
      stack.push({ name, skip: skipped });
      if (skipped) skipDepth += 1;
    }
  }
  out.push(html.slice(end));
  return out.join('');
}

const RAW_TEXT = new Set(['script', 'style', 'textarea', 'template']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
