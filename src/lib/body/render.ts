import GithubSlugger from 'github-slugger';
import type { Element, ElementContent, Root as HastRoot, Nodes as HastNodes } from 'hast';
import type { Root } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import type { BodyHeading } from './types';
import { classifyUrl } from './urls';

type Schema = NonNullable<Parameters<typeof rehypeSanitize>[0]>;

/**
 * What may reach a page from a sheet body, whatever the check missed: the HTML of Markdown and nothing
 * else. No meta, base, link, style, script, iframe, object, embed, form, no `on…`, `style` or `class`
 * attribute; href only https:, http:, mailto:, tel:, internal paths and anchors; src only local paths.
 * rehype-sanitize judges URLs on the decoded property value; `guardUrls` then drops `//host` addresses.
 */
export const SANITIZE_SCHEMA: Schema = {
  strip: ['script', 'style', 'template'],
  clobberPrefix: '',
  clobber: [],
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tr: ['table'], li: ['ol', 'ul'] },
  tagNames: [
    'p',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'ul',
    'ol',
    'li',
    'blockquote',
    'pre',
    'code',
    'em',
    'strong',
    'del',
    'a',
    'img',
    'hr',
    'br',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'input',
  ],
  attributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    ol: ['start'],
    td: [['align', 'left', 'right', 'center']],
    th: [['align', 'left', 'right', 'center']],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
    li: [['className', 'task-list-item']],
    ul: [['className', 'contains-task-list']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto', 'tel'], src: ['http', 'https'] },
};

/** `&amp;`, `&lt;`, `&quot;`, as Astro's Markdown output writes them. */
const STRINGIFY = { characterReferences: { useNamedReferences: true } };

function walk(node: HastNodes, visit: (el: Element) => void): void {
  if (node.type === 'element') visit(node);
  if ('children' in node) for (const child of node.children) walk(child, visit);
}

/** Drops any href or src the sanitizer let through that `classifyUrl` refuses (`//host`), and any remote src. */
function guardUrls() {
  return (tree: HastRoot) =>
    walk(tree, (el) => {
      for (const key of ['href', 'src'] as const) {
        const value = el.properties[key];
        if (value === undefined) continue;
        const kind = typeof value === 'string' ? classifyUrl(value).kind : 'refused';
        // An image is always a local file: a remote one would be a request to another host.
        if (kind === 'refused' || (key === 'src' && kind !== 'internal')) delete el.properties[key];
      }
    });
}

function textOf(node: ElementContent | Element): string {
  if (node.type === 'text') return node.value;
  if (node.type === 'element') return node.children.map(textOf).join('');
  return '';
}

/** Heading ids as Astro computes them (github-slugger over the heading text), collected for `headings`. */
function headingIds(headings: BodyHeading[]) {
  return (tree: HastRoot) => {
    const slugger = new GithubSlugger();
    walk(tree, (el) => {
      const depth = /^h([1-6])$/.exec(el.tagName)?.[1];
      if (!depth) return;
      const text = textOf(el);
      const slug = slugger.slug(text);
      el.properties.id = slug;
      headings.push({ depth: Number(depth), slug, text });
    });
  };
}

/**
 * Renders a checked Markdown tree (see `checkTree`) to sanitized HTML.
 * @returns the HTML and its headings.
 */
export function renderTree(tree: Root): { html: string; headings: BodyHeading[] } {
  const headings: BodyHeading[] = [];
  const processor = unified()
    .use(remarkRehype)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(guardUrls)
    .use(headingIds, headings)
    .use(rehypeStringify, STRINGIFY);
  const hast = processor.runSync(tree);
  return { html: processor.stringify(hast), headings };
}

/** Sanitizes an HTML tree with the same schema and URL guard as sheet bodies (defence in depth; tested directly). */
export function sanitizeToHtml(tree: HastRoot): string {
  const processor = unified().use(rehypeSanitize, SANITIZE_SCHEMA).use(guardUrls).use(rehypeStringify, STRINGIFY);
  return processor.stringify(processor.runSync(tree));
}
