/**
 * Checks of the French of a visible text, used by the build test over every page: plurals,
 * articles and prepositions with territory names, « Tout l’Atlas », spaces around punctuation,
 * no-break spaces inside numbers and before units, typographic apostrophes. Each problem is
 * returned with a few words around it.
 */

/** A territory as the check needs it: its name and its forms « dans le Gers », « du Gers ». */
export interface TerritoryForms {
  name: string;
  kind: string;
  dans: string;
  de: string;
}

const NOUNS = 'ateliers|mesures|fiches|actions|exemples|résultats|communes|thèmes|figures|visions|départements|séances|sources';

function around(text: string, index: number, length: number): string {
  return `« ${text
    .slice(Math.max(0, index - 25), index + length + 25)
    .replace(/\s+/g, ' ')
    .trim()} »`;
}

function findAll(text: string, pattern: RegExp, message: string, out: string[]) {
  for (const m of text.matchAll(pattern)) out.push(`${message} ${around(text, m.index ?? 0, m[0].length)}`);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The problems of a text, empty when it reads well. */
export function frenchTextProblems(text: string, territories: readonly TerritoryForms[]): string[] {
  const out: string[] = [];
  findAll(text, /\bToute l[’']Atlas/g, '« Tout l’Atlas » (Atlas est masculin) :', out);
  findAll(
    text,
    new RegExp(`(?<![\\d\\s\\u00A0\\u202F,.])[\\s\\u00A0]?\\b1[\\s\\u00A0\\u202F](${NOUNS})\\b`, 'g'),
    'pluriel après 1 :',
    out,
  );
  findAll(text, /\bpublié par Équipe\b/g, 'article manquant (« publié par l’équipe ») :', out);
  // Territory names need their article: « dans le Gers », « du Gers », not « sur Gers », « de Gers ».
  for (const t of territories) {
    if (t.kind !== 'departement') continue;
    const name = escape(t.name);
    // Interface prepositions only: the sources write « la CAF de Haute-Garonne », « en Tarn-et-Garonne ».
    const wrong = `\\b(sur|dans|pour) ${name}\\b`;
    findAll(
      text,
      new RegExp(`${wrong}(?!-)`, 'g'),
      `préposition sans article devant ${t.name} (« ${t.dans} », « ${t.de} ») :`,
      out,
    );
  }
  // Punctuation: a space before « : ; ? ! » and after them when a word follows.
  findAll(text, /[A-Za-zÀ-ÿ)»][:;?!](?=[A-Za-zÀ-ÿ0-9«])/g, 'espace manquante autour de la ponctuation :', out);
  findAll(text, /[\s\u00A0\u202F][:;?!](?=[A-Za-zÀ-ÿ0-9«(])/g, 'espace manquante après la ponctuation :', out);
  findAll(text, /[a-zà-ÿ][.?!](?=[A-ZÀ-Ý][a-zà-ÿ]{2,})/g, 'mots collés après un point :', out);
  // Numbers and units: never broken across lines.
  findAll(text, /\d \d{3}(?!\d)/g, 'espace ordinaire dans un nombre (espace insécable attendue) :', out);
  findAll(text, /\d (€|%|M€|k€)(?![\w])/g, 'espace ordinaire avant une unité (espace insécable attendue) :', out);
  // Apostrophes: typographic only.
  findAll(text, /[A-Za-zÀ-ÿ]'[A-Za-zÀ-ÿ]/g, 'apostrophe droite (’ attendue) :', out);
  return out;
}
