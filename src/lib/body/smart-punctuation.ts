import type { Nodes, Root, Text } from 'mdast';

/**
 * Smart punctuation, as Astro's Markdown processor applies it by default (`markdown.smartypants`),
 * with CommonMark's rules (commonmark.js `smart`): `'` becomes ’ (‘ when it opens a quotation closed
 * later in the block), `"` “ or ”, `--` –, `---` —, `...` …. Code is left alone. The French
 * typography of the built pages (src/lib/french-typography.ts) then adds the no-break spaces.
 */
export function smartPunctuation(tree: Root): void {
  visitBlocks(tree);
}

const BLOCK_WITH_TEXT = new Set(['paragraph', 'heading', 'tableCell']);
const INLINE_CONTAINERS = new Set(['emphasis', 'strong', 'delete', 'link', 'linkReference']);

function visitBlocks(node: Nodes): void {
  if (BLOCK_WITH_TEXT.has(node.type)) {
    smartBlock(node);
    return;
  }
  if ('children' in node) for (const child of node.children) visitBlocks(child);
}

/** A character of the block's inline text, or a marker standing for an inline node's delimiter. */
type Slot = { text: Text; index: number } | null;

function smartBlock(block: Nodes): void {
  // The inline content as a sequence of characters; a non-text inline boundary counts as punctuation
  // (in the source it is `*`, `[`, `]`…), the block's edges as whitespace.
  const chars: string[] = [];
  const slots: Slot[] = [];
  const flatten = (node: Nodes) => {
    if (node.type === 'text') {
      for (let i = 0; i < node.value.length; i++) {
        chars.push(node.value[i] ?? '');
        slots.push({ text: node, index: i });
      }
      return;
    }
    if (INLINE_CONTAINERS.has(node.type) && 'children' in node) {
      chars.push('*');
      slots.push(null);
      for (const child of node.children) flatten(child);
      chars.push('*');
      slots.push(null);
      return;
    }
    if (node === block && 'children' in node) {
      for (const child of node.children) flatten(child);
      return;
    }
    chars.push('`');
    slots.push(null);
  };
  flatten(block);
  const out = [...chars];
  const at = (i: number) => (i < 0 || i >= chars.length ? '\n' : (chars[i] ?? '\n'));
  const openers: { index: number; quote: string }[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (!slots[i]) continue;
    const c = chars[i];
    if (c === "'" || c === '"') {
      const before = at(i - 1);
      const after = at(i + 1);
      const left = !isSpace(after) && (!isPunct(after) || isSpace(before) || isPunct(before));
      const right = !isSpace(before) && (!isPunct(before) || isSpace(after) || isPunct(after));
      const canOpen = left && !right;
      const canClose = right;
      out[i] = c === "'" ? '’' : '“';
      if (canClose) {
        const match = findLastIndex(openers, (o) => o.quote === c);
        if (c === '"') out[i] = '”';
        if (match >= 0) {
          const opener = openers[match];
          if (opener) out[opener.index] = c === "'" ? '‘' : '“';
          openers.length = match;
        }
      } else if (canOpen) {
        openers.push({ index: i, quote: c });
      }
    }
  }
  // Dashes and ellipses, within one text node.
  const touched = new Map<Text, string[]>();
  for (let i = 0; i < chars.length; i++) {
    const slot = slots[i];
    if (!slot) continue;
    const arr = touched.get(slot.text) ?? [];
    arr[slot.index] = out[i] ?? '';
    touched.set(slot.text, arr);
  }
  for (const [text, arr] of touched) text.value = dashesAndEllipses(arr.join(''));
}

function dashesAndEllipses(value: string): string {
  return value.replace(/\.\.\./g, '…').replace(/-{2,}/g, (run) => {
    const n = run.length;
    let em = 0;
    let en = 0;
    if (n % 3 === 0) em = n / 3;
    else if (n % 2 === 0) en = n / 2;
    else if (n % 3 === 2) {
      em = (n - 2) / 3;
      en = 1;
    } else {
      em = (n - 4) / 3;
      en = 2;
    }
    return '—'.repeat(em) + '–'.repeat(en);
  });
}

function findLastIndex<T>(list: T[], test: (item: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

const isSpace = (c: string) => /\s/u.test(c);
const isPunct = (c: string) => /[\p{P}\p{S}]/u.test(c);
