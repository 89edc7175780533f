import type { Definition, Image, ImageReference, Link, LinkReference, Nodes, Parents, Root } from 'mdast';
import { tagAdvice } from './parse';
import type { BodyProblem } from './types';
import { classifyUrl, resolveInternal } from './urls';

/** Where images go: nowhere in a sheet (see content/README.md, « Les images »). */
export const IMAGE_ADVICE =
  'les fiches ne publient pas d’images ; décrivez ce que montre l’image dans le texte, ou demandez à l’équipe technique de l’ajouter au site (dossier public/)';

/**
 * Components a sheet body may use, by name. None today: a component is added here with its rendering
 * (see content/README.md, « Ce que le texte peut contenir »).
 */
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set<string>();

/** Markdown (CommonMark + GFM) nodes a body may contain; anything else is refused. */
const MARKDOWN_NODES = new Set([
  'root',
  'paragraph',
  'heading',
  'thematicBreak',
  'blockquote',
  'list',
  'listItem',
  'table',
  'tableRow',
  'tableCell',
  'code',
  'inlineCode',
  'emphasis',
  'strong',
  'delete',
  'break',
  'link',
  'image',
  'linkReference',
  'imageReference',
  'definition',
  'text',
]);

/** What the body check needs to know about the sheet. */
export interface AllowlistContext {
  /** Root-absolute URL of the sheet page (« /mesures/logement-d-abord/ »): relative links resolve from it. */
  pageRoute: string;
  /** Every page of the site; when given, an internal link to another page must hit one of them. */
  routes?: ReadonlySet<string> | undefined;
}

const line = (node: Nodes): number => node.position?.start.line ?? 1;

/** True for an MDX expression that holds only comments: `{/* … *\/}`, allowed and never published. */
function isComment(node: Nodes): boolean {
  if (node.type !== 'mdxFlowExpression' && node.type !== 'mdxTextExpression') return false;
  const estree = node.data?.estree;
  if (estree) return estree.body.length === 0 && (estree.comments?.length ?? 0) > 0;
  return /^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value);
}

/**
 * Checks a parsed body against the allowlist, checks and rewrites its links (root-absolute), and
 * removes what is never published (comments, and whatever was refused, so that even a refused tree
 * renders nothing dangerous).
 * @returns the problems, in the order of the file.
 */
export function checkTree(tree: Root, ctx: AllowlistContext): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const definitions = new Map<string, Definition>();
  const walk = (node: Nodes, visit: (n: Nodes) => void) => {
    visit(node);
    if ('children' in node) for (const child of node.children) walk(child, visit);
  };
  walk(tree, (n) => {
    if (n.type === 'definition') definitions.set(n.identifier, n);
  });
  const add = (node: Nodes, message: string) => problems.push({ line: line(node), message });

  const checkDestination = (node: Link | Image | Definition, url: string, image: boolean): boolean => {
    const kind = classifyUrl(url);
    if (kind.kind === 'refused') {
      add(node, `${image ? 'image' : 'lien'} « ${url} » : ${kind.reason}`);
      return false;
    }
    if (image) {
      add(
        node,
        kind.kind === 'external'
          ? `image « ${url} » chargée depuis un autre site : interdit (vie privée) ; ${IMAGE_ADVICE}`
          : `image « ${url} » : ${IMAGE_ADVICE}`,
      );
      return false;
    }
    if (kind.kind !== 'internal') return true;
    const resolved = resolveInternal(kind.url, ctx.pageRoute);
    if (!resolved) {
      add(node, `lien « ${url} » illisible : écrivez l’adresse d’une page de l’Atlas, par exemple /mesures/nom-de-la-fiche/`);
      return false;
    }
    if (ctx.routes && !ctx.routes.has(resolved.path)) {
      add(
        node,
        `lien « ${url} » vers une page qui n’existe pas (${resolved.path}) : vérifiez le nom de la fiche (c’est le nom de son fichier)`,
      );
      return false;
    }
    node.url = resolved.url;
    return true;
  };

  const checkNode = (node: Nodes): boolean => {
    switch (node.type) {
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (name && ALLOWED_COMPONENTS.has(name)) return true;
        add(
          node,
          name
            ? tagAdvice(name)
            : 'balise vide <> … </> interdite : le texte d’une fiche s’écrit en Markdown ; pour afficher le signe <, écrivez \\<',
        );
        return false;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (isComment(node)) return false;
        add(
          node,
          'expression entre accolades { … } interdite : MDX la lit comme du code ; écrivez \\{ et \\} pour afficher des accolades, ou {/* … */} pour un commentaire non publié',
        );
        return false;
      case 'mdxjsEsm':
        add(
          node,
          'ligne import/export : du code, interdit dans le texte d’une fiche ; si c’est une phrase, commencez-la par un autre mot ou par une espace',
        );
        return false;
      case 'footnoteDefinition':
      case 'footnoteReference':
        add(node, 'note de bas de page [^…] non prise en charge : écrivez la précision entre parenthèses dans le texte');
        return false;
      case 'heading':
        if (node.depth === 1) {
          add(node, 'titre de niveau 1 (# …) : la page a déjà son titre (le champ title) ; écrivez ## pour un intertitre');
        }
        return true;
      case 'link':
        return checkDestination(node, node.url, false) || unlink(node);
      case 'image':
        return checkDestination(node, node.url, true);
      case 'linkReference':
      case 'imageReference':
        return checkReference(node);
      case 'definition':
        return true;
      default:
        if (MARKDOWN_NODES.has(node.type)) return true;
        add(node, `élément « ${node.type} » non pris en charge dans le texte d’une fiche : écrivez en Markdown`);
        return false;
    }
  };

  /** A link that failed its check keeps its text, not its address. */
  const unlink = (node: Link): boolean => {
    node.url = '';
    return true;
  };

  const checkReference = (node: LinkReference | ImageReference): boolean => {
    const definition = definitions.get(node.identifier);
    if (!definition) return node.type === 'linkReference';
    const image = node.type === 'imageReference';
    const probe = { ...definition };
    const ok = checkDestination(probe, definition.url, image);
    if (ok) definition.url = probe.url;
    else if (image) return false;
    else definition.url = '';
    return true;
  };

  const prune = (parent: Parents) => {
    parent.children = parent.children.filter((child) => {
      const keep = checkNode(child);
      if (keep && 'children' in child) prune(child);
      return keep;
    }) as typeof parent.children;
  };
  prune(tree);
  problems.sort((a, b) => a.line - b.line);
  return problems;
}
