/**
 * Reading content files exactly as Astro reads them, and explaining every mistake in French with the
 * line an editor sees in the file (counted from 1, the opening `---` included).
 *
 * Astro 7 parses MDX frontmatter with `parseFrontmatter` of @astrojs/internal-helpers (js-yaml 4,
 * default schema) and YAML data files with `yaml.load` of js-yaml 4 (settings in
 * node_modules/astro/dist/core/config/settings.js). We call the very same functions, so that a date,
 * a number or a string is read the same way by `npm run check:content` and by `astro build`.
 */
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import yaml from 'js-yaml';

/** A mistake tied to a line of the file. */
export interface LineProblem {
  /** Line in the file, from 1. */
  line: number;
  message: string;
}

/** Invisible or look-alike characters pasted from word processors, with the name shown to the editor. */
const INVISIBLE: Readonly<Record<string, string>> = {
  '\u00A0': 'espace insécable',
  '\u202F': 'espace fine insécable',
  '\u2007': 'espace insécable (chiffres)',
  '\u2009': 'espace fine',
  '\u200A': 'espace ultra-fine',
  '\u200B': 'espace de largeur nulle',
  '\u200C': 'antiliant de largeur nulle',
  '\u200D': 'liant de largeur nulle',
  '\u2060': 'gluon de mots',
  '\u00AD': 'trait d’union conditionnel',
  '\uFEFF': 'marque d’ordre des octets (BOM)',
  '\u2028': 'séparateur de ligne',
  '\u2029': 'séparateur de paragraphe',
};
const INVISIBLE_RE = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'g');

/** « title: Atelier[espace insécable]: la cantine »: a line with its invisible characters named. */
export function showInvisible(line: string): string {
  return line.replace(INVISIBLE_RE, (c) => `[${INVISIBLE[c]}]`).replace(/\t/g, '[tabulation]');
}

/** Shortens a line for a message. */
function excerpt(line: string, max = 70): string {
  const shown = showInvisible(line.trim());
  return shown.length > max ? `${shown.slice(0, max - 1)}…` : shown;
}

/**
 * Decodes a file as UTF-8, refusing another encoding (Latin-1 / Windows-1252 from an old editor) instead
 * of publishing « � » characters.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { problem: LineProblem } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    let line = 1;
    const lossy = new TextDecoder('utf-8').decode(bytes).split('\n');
    const index = lossy.findIndex((l) => l.includes('\uFFFD'));
    if (index >= 0) line = index + 1;
    return {
      problem: {
        line,
        message:
          'fichier non enregistré en UTF-8 (sans doute en Latin-1 / Windows-1252 : les lettres accentuées seraient publiées « � ») : ' +
          'dans votre éditeur, choisissez « Enregistrer sous… » puis l’encodage « UTF-8 »',
      },
    };
  }
}

/** Lines of a text, with \r removed. */
function linesOf(text: string): string[] {
  return text.split('\n').map((l) => l.replace(/\r$/, ''));
}

/** A `---` line, possibly with trailing spaces (Astro accepts them). */
const DELIMITER = /^---[ \t]*$/;
/** A line that looks like a delimiter but is not exactly one: `----`, `—`, `--- fiche ---`, `***`, ` ---`. */
const DECORATED = /^\s*[-–—_*=](?:\s*[-–—_*=])*\s*$|^\s*---.*$/;
/** The same, for a closing line: two signs at least, so that a bare `-` list item is not taken for one. */
const DECORATED_CLOSING = /^[-–—_*=](?:\s*[-–—_*=])+\s*$|^---.+$/;

/** The frontmatter and body of a sheet, with the file line of each. */
export interface SheetParts {
  /** YAML between the two `---` lines. */
  yamlText: string;
  /** Line of the file where the YAML starts (the line after the opening `---`). */
  yamlLine: number;
  /** Text after the closing `---` line. */
  body: string;
  /** Line of the file where the body starts. */
  bodyLine: number;
}

/**
 * Finds the two `---` lines of a sheet. Refuses a missing, decorated or unclosed block with its own
 * message (Astro would silently read a sheet without its block as a sheet with no field).
 */
export function splitSheet(text: string): { parts: SheetParts } | { problems: LineProblem[] } {
  const lines = linesOf(text.replace(/^\uFEFF/, ''));
  const first = lines[0] ?? '';
  if (!DELIMITER.test(first)) {
    if (DECORATED.test(first)) {
      return {
        problems: [
          {
            line: 1,
            message: `ligne d’ouverture « ${excerpt(first)} » : écrivez exactement trois tirets --- seuls sur la première ligne (un traitement de texte remplace parfois --- par un tiret long —)`,
          },
        ],
      };
    }
    const later = lines.findIndex((l) => DELIMITER.test(l));
    return {
      problems: [
        {
          line: 1,
          message:
            later > 0
              ? `bloc de champs manquant : la fiche doit commencer par une ligne --- dès la ligne 1 (ici la ligne ${later + 1}) ; retirez ce qui précède`
              : 'bloc de champs manquant : la fiche doit commencer par une ligne ---, puis les champs, puis une autre ligne ---',
        },
      ],
    };
  }
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (DELIMITER.test(line)) {
      const rest = lines.slice(i + 1).join('\n');
      return { parts: { yamlText: lines.slice(1, i).join('\n'), yamlLine: 2, body: rest, bodyLine: i + 2 } };
    }
    // Inside block scalars a line of dashes is text; only a line at the left margin can close the block.
    if (DECORATED_CLOSING.test(line)) {
      return {
        problems: [
          {
            line: i + 1,
            message: `ligne de fermeture « ${excerpt(line)} » : écrivez exactement trois tirets --- seuls sur la ligne, sans rien avant ni après`,
          },
        ],
      };
    }
  }
  return {
    problems: [
      {
        line: lines.length,
        message: 'ligne de fermeture --- introuvable : ajoutez une ligne --- après le dernier champ, avant le texte de la fiche',
      },
    ],
  };
}

/** A YAML key at the start of a line (our field names are plain identifiers). */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*)[ \t]*:(?=[ \t]|$)[ \t]*(.*)$/;
/** A block scalar header: `>-`, `|`, `>+2`, maybe followed by a comment. */
const BLOCK = /^[|>][-+0-9]*[ \t]*(?:#.*)?$/;
/** An unquoted calendar date as js-yaml reads it (it silently turns 2021-02-30 into 2 March). */
const YAML_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ \t]*$|[Tt ])/;

/**
 * Line-by-line checks for the mistakes js-yaml either accepts silently (a `#` that cuts a value,
 * 2021-02-30) or reports in English (tabs, a spaced colon, pasted invisible characters).
 * @param yamlText the YAML source.
 * @param firstLine line of the file where yamlText starts.
 */
export function lintYaml(yamlText: string, firstLine: number): LineProblem[] {
  const problems: LineProblem[] = [];
  const lines = linesOf(yamlText);
  /** Indentation of the key of the block scalar we are in, or -1. */
  let blockIndent = -1;
  /** Quote character of a quoted scalar continued on the next lines, and the line it opened on. */
  let openQuote = '';
  let quoteLine = 0;
  lines.forEach((raw, i) => {
    const line = firstLine + i;
    const invisible = raw.match(INVISIBLE_RE);
    if (invisible) {
      const names = [...new Set(invisible.map((c) => INVISIBLE[c]))].join(', ');
      problems.push({
        line,
        message: `caractère invisible (${names}) dans « ${excerpt(raw)} » : effacez-le et retapez une espace ordinaire (souvent collé depuis un traitement de texte ; le site ajoute lui-même les espaces insécables)`,
      });
    }
    if (raw.includes('\t')) {
      problems.push({
        line,
        message: `tabulation dans « ${excerpt(raw)} » : les champs se décalent avec des espaces, jamais avec la touche Tab ; remplacez-la par des espaces`,
      });
    }
    const indent = raw.length - raw.trimStart().length;
    const content = raw.trim();
    if (blockIndent >= 0) {
      if (content === '' || indent > blockIndent) return;
      blockIndent = -1;
    }
    if (openQuote) {
      if (closesQuote(content, openQuote)) openQuote = '';
      return;
    }
    if (content === '' || content.startsWith('#')) return;
    // Strip sequence dashes: « - - key: value ».
    let rest = content;
    let itemIndent = indent;
    while (/^-(?:[ \t]|$)/.test(rest)) {
      const after = rest.slice(1).trimStart();
      itemIndent += rest.length - after.length;
      rest = after;
    }
    const key = KEY.exec(rest);
    const value = key ? (key[2] ?? '') : rest;
    const keyName = key?.[1] ?? '';
    const ownIndent = key ? itemIndent : Math.max(0, itemIndent - 1);
    if (value === '') return;
    if (BLOCK.test(value)) {
      blockIndent = key ? ownIndent : indent;
      return;
    }
    const q = value[0];
    if (q === '"' || q === "'") {
      if (!closesQuote(value.slice(1), q)) {
        openQuote = q;
        quoteLine = line;
      }
      return;
    }
    if (/^[[{&*!]/.test(value)) return;
    // A plain (unquoted) scalar.
    const field = keyName ? `« ${keyName} »` : 'cette ligne';
    if (/(?:^|[ \t])#/.test(value)) {
      const cut = value.slice(0, value.search(/(?:^|[ \t])#/)).trim();
      problems.push({
        line,
        message: `le signe # précédé d’une espace commence un commentaire : la valeur de ${field} serait coupée en « ${excerpt(cut, 40)} » ; mettez la valeur entre guillemets : ${keyName ? `${keyName}: ` : ''}"${excerpt(value, 50)}"`,
      });
    } else if (/:(?:[ \t]|$)/.test(value)) {
      problems.push({
        line,
        message: `deux-points suivis d’une espace dans une valeur sans guillemets (${field}) : YAML le lit comme un nouveau champ ; mettez le titre entre guillemets : ${keyName ? `${keyName}: ` : ''}"${excerpt(value, 50)}"`,
      });
    }
    const date = YAML_DATE.exec(value);
    if (date) {
      const [, y, m, d] = date;
      if (!isCalendarDate(Number(y), Number(m), Number(d))) {
        problems.push({
          line,
          message: `date « ${value.trim()} » impossible : ce jour n’existe pas dans le calendrier (format AAAA-MM-JJ, ex. 2021-07-07)`,
        });
      } else if ((m ?? '').length !== 2 || (d ?? '').length !== 2) {
        problems.push({
          line,
          message: `date « ${value.trim()} » : écrivez le mois et le jour sur deux chiffres, AAAA-MM-JJ (ex. ${y}-${m?.padStart(2, '0')}-${d?.padStart(2, '0')})`,
        });
      }
    }
  });
  if (openQuote) {
    problems.push({
      line: quoteLine,
      message: `guillemet ${openQuote} ouvert ligne ${quoteLine} mais jamais refermé : ajoutez ${openQuote} à la fin de la valeur`,
    });
  }
  return problems;
}

/** Whether a quoted scalar opened earlier ends on this text. */
function closesQuote(text: string, quote: string): boolean {
  if (quote === "'") return /(?:^|[^'])(?:'')*'(?!')/.test(text.replace(/''/g, ''));
  return /(?:^|[^\\])(?:\\\\)*"/.test(text);
}

/** Whether y-m-d is a day of the calendar (no 30 February). */
export function isCalendarDate(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

interface YamlError {
  reason?: string;
  mark?: { line: number; column: number };
}

/**
 * Explains a js-yaml exception in French.
 * @param lines lines of the YAML text, to quote the faulty one.
 * @param firstLine file line of the first YAML line.
 */
export function explainYamlError(error: unknown, lines: readonly string[], firstLine: number): LineProblem {
  const e = error as YamlError;
  const index = e.mark?.line ?? 0;
  const line = firstLine + index;
  const text = lines[index] ?? '';
  const shown = excerpt(text);
  const reason = e.reason ?? '';
  let message: string;
  if (reason.startsWith('duplicated mapping key')) {
    const key = KEY.exec(text.trim().replace(/^-\s+/, ''))?.[1] ?? text.trim();
    message = `champ « ${key} » écrit deux fois : gardez une seule ligne « ${key}: » (la seconde remplacerait la première)`;
  } else if (reason.includes('tab characters')) {
    message = `tabulation dans « ${shown} » : les champs se décalent avec des espaces, jamais avec la touche Tab`;
  } else if (reason.startsWith('bad indentation of a mapping entry') && /:\s.*:(?:\s|$)/.test(text)) {
    message = `deux-points suivis d’une espace dans une valeur sans guillemets (« ${shown} ») : mettez le titre entre guillemets`;
  } else if (reason.startsWith('bad indentation') || reason.includes('multiline key')) {
    message = `décalage incorrect dans « ${shown} » : alignez ce champ avec des espaces sur les champs de même niveau (comparez avec une fiche existante)`;
  } else if (reason.includes('within a double quoted scalar') || reason.includes('within a single quoted scalar')) {
    message = `YAML illisible : un guillemet est ouvert mais jamais refermé (vers « ${shown} ») ; refermez-le à la fin de la valeur`;
  } else if (reason.includes('within a flow collection') || reason.includes('missed comma')) {
    // The parser stops after the list; point at the line that opened it.
    for (let i = index; i >= 0; i--) {
      const l = lines[i] ?? '';
      if ((l.match(/\[/g) ?? []).length > (l.match(/\]/g) ?? []).length) {
        return {
          line: firstLine + i,
          message: `YAML illisible : liste entre crochets mal formée dans « ${excerpt(l)} » : écrivez [a, b, c] avec des virgules et un crochet fermant`,
        };
      }
    }
    message = `YAML illisible : liste entre crochets mal formée dans « ${shown} » : écrivez [a, b, c] avec des virgules et un crochet fermant`;
  } else {
    message = `YAML illisible dans « ${shown} » : la ligne ne suit pas la forme « champ: valeur » (vérifiez les guillemets, les deux-points et le décalage)`;
  }
  return { line, message };
}

/** What the build reads from an MDX file: its frontmatter data, or the YAML error. */
export function readFrontmatterAsAstro(text: string): { data: unknown } | { error: unknown } {
  try {
    return { data: parseFrontmatter(text, { frontmatter: 'empty-with-spaces' }).frontmatter };
  } catch (error) {
    return { error };
  }
}

/** What the build reads from a YAML data file (same call and settings as Astro's data entry type). */
export function readYamlAsAstro(text: string, filename: string): { data: unknown } | { error: unknown } {
  try {
    return { data: yaml.load(text, { filename }) };
  } catch (error) {
    return { error };
  }
}
