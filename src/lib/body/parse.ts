import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { BodyProblem } from './types';

/** MDX syntax, as Astro's MDX integration reads it: CommonMark + GFM + JSX, expressions and ESM. */
const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).freeze();

/** A syntax error of the MDX parser (a VFileMessage). */
interface SyntaxError {
  line?: number;
  column?: number;
  source?: string;
  ruleId?: string;
  reason?: string;
}

const ESM_LINE = /^(import|export)\b/;

/**
 * Parses a sheet body with MDX syntax.
 *
 * A paragraph that starts with the words « import » or « export » at the start of a line is read by MDX
 * as JavaScript (ESM); when that JavaScript does not parse, it is prose (« export et import de données… »):
 * the line is indented by one space (which Markdown ignores and MDX does not read as ESM) and parsed again.
 * Line numbers are unchanged.
 * @param body the body with the frontmatter blanked out (same lines as the file).
 */
export function parseMdx(body: string): { tree: Root; problem?: undefined } | { tree?: undefined; problem: BodyProblem } {
  let text = body;
  for (let attempt = 0; attempt < 1000; attempt++) {
    try {
      return { tree: parser.parse(text) };
    } catch (error) {
      const e = error as SyntaxError;
      if (e.source === 'micromark-extension-mdxjs-esm' && e.line !== undefined) {
        const lines = text.split('\n');
        const index = e.line - 1;
        if (ESM_LINE.test(lines[index] ?? '')) {
          lines[index] = ` ${lines[index]}`;
          text = lines.join('\n');
          continue;
        }
      }
      return { problem: explainSyntaxError(e, text) };
    }
  }
  return { problem: { line: 1, message: 'texte illisible : trop de lignes commencent par « import » ou « export »' } };
}

const LT_ADVICE = 'écrivez « moins de 10 000 », « inférieur ou égal à », ou `\\<` pour afficher le signe';

/** Words an MDX syntax error for an editor, with what to write instead. */
export function explainSyntaxError(e: SyntaxError, text: string): BodyProblem {
  // An unclosed tag is reported at the end of its paragraph; the tag's own place is in the reason.
  const tagPlace = /\((\d+):\d+-\d+:\d+\)/.exec(e.reason ?? '')?.[1];
  const line = tagPlace ? Number(tagPlace) : (e.line ?? 1);
  const lineText = text.split('\n')[line - 1] ?? '';
  const upTo = lineText.slice(0, Math.max(0, (e.column ?? 1) - 1) + 1);
  const lt = upTo.lastIndexOf('<');
  const brace = upTo.lastIndexOf('{');
  const after = lt >= 0 ? lineText.slice(lt + 1) : '';
  const at = (message: string): BodyProblem => ({ line, message });
  const unclosed = /`<\/?([A-Za-z][\w.:-]*)>`/.exec(e.reason ?? '')?.[1];
  if (e.source === 'mdast-util-mdx-jsx' && unclosed) return at(tagAdvice(unclosed));
  if (e.source === 'micromark-extension-mdx-jsx' || e.source === 'mdast-util-mdx-jsx') {
    if (after.startsWith('!--')) {
      return at(
        'commentaire HTML <!-- … --> : MDX ne le lit pas ; écrivez un commentaire {/* … */} (il n’est pas publié) ou retirez-le',
      );
    }
    if (/^[a-z][a-z0-9+.-]*:/i.test(after)) {
      return at(
        'adresse entre < > : MDX la lit comme une balise ; écrivez [texte du lien](https://…) ou l’adresse seule, sans les signes < >',
      );
    }
    if (/^[\s\d=<>]|^$/.test(after)) return at(`signe < lu comme le début d’une balise : ${LT_ADVICE}`);
    const tag = /^\/?([A-Za-z][\w.:-]*)/.exec(after)?.[1];
    if (tag) return at(tagAdvice(tag));
    return at(`signe < lu comme le début d’une balise : ${LT_ADVICE}`);
  }
  if (e.source?.startsWith('micromark-extension-mdx-expression') || brace >= 0) {
    return at(
      'accolade { ou } : MDX la lit comme du code ; écrivez \\{ ou \\} pour l’afficher, ou {/* … */} pour un commentaire non publié',
    );
  }
  return at(
    `texte illisible pour MDX (colonne ${e.column ?? 1}) : vérifiez les signes < > { } de cette ligne ; écrivez \\< ou \\{ pour les afficher`,
  );
}

/** Markdown to write instead of an HTML tag, in French. */
export function tagAdvice(tag: string): string {
  const name = tag.toLowerCase();
  const markdown: Record<string, string> = {
    br: 'pour aller à la ligne, finissez la ligne par une barre oblique inverse \\ ; pour un nouveau paragraphe, laissez une ligne vide',
    p: 'pour un nouveau paragraphe, laissez une ligne vide',
    a: 'écrivez [texte du lien](https://…) ou [texte](/mesures/nom-de-la-fiche/)',
    img: 'les fiches ne publient pas d’images : décrivez dans le texte ce que montre l’image',
    b: 'écrivez **texte** pour le mettre en gras',
    strong: 'écrivez **texte** pour le mettre en gras',
    i: 'écrivez *texte* pour le mettre en italique',
    em: 'écrivez *texte* pour le mettre en italique',
    ul: 'écrivez une liste avec des lignes commençant par « - »',
    ol: 'écrivez une liste numérotée avec des lignes commençant par « 1. »',
    li: 'écrivez une liste avec des lignes commençant par « - »',
    h1: 'le titre de la page vient du champ title ; pour un intertitre, écrivez ## Intertitre',
    h2: 'écrivez ## Intertitre',
    h3: 'écrivez ### Sous-intertitre',
    h4: 'écrivez #### Sous-intertitre',
    table: 'écrivez un tableau Markdown (| colonne | colonne |)',
    blockquote: 'écrivez > devant chaque ligne de la citation',
    hr: 'écrivez --- seul sur sa ligne, entouré de lignes vides',
  };
  const advice = markdown[name];
  if (/^[A-Z]/.test(tag) || tag.includes('.')) {
    return `composant <${tag}> inconnu : aucun composant n’est permis dans le texte d’une fiche (voir content/README.md) ; pour afficher le signe <, écrivez \\<`;
  }
  return `balise HTML <${tag}> interdite : le texte d’une fiche s’écrit en Markdown ; ${advice ?? `pour afficher le signe <, écrivez \\<`}`;
}
