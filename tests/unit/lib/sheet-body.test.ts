import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Root as HastRoot } from 'hast';
import { describe, expect, it } from 'vitest';
import {
  checkSheetBody,
  compileSheetBody,
  PAGE_IDS,
  sanitizeToHtml,
  SHEET_ROUTES,
  sheetRoute,
  siteRoutes,
  staticPageRoutes,
} from '../../../src/lib/body';
import { readSiteRoutes } from '../../../scripts/lib/site-routes';

const ROOT = resolve(import.meta.dirname, '../../..');
const CONTENT = join(ROOT, 'content');
const FRONTMATTER = '---\ntitle: Exemple\n---\n\n';
/** Line of the first body line in the samples. */
const L = 5;
const FILE = 'content/ateliers/exemple.mdx';
const ROUTES = readSiteRoutes(ROOT, CONTENT);
const compile = (body: string, file = FILE) => compileSheetBody(FRONTMATTER + body, { file, routes: ROUTES });

describe('every sheet of content/ passes the body check', () => {
  const files = Object.keys(SHEET_ROUTES).flatMap((dir) =>
    readdirSync(join(CONTENT, dir))
      .filter((n) => n.endsWith('.mdx'))
      .map((n) => `content/${dir}/${n}`),
  );
  it('finds the sheets', () => expect(files.length).toBeGreaterThan(0));
  it.each(files)('%s', (file) => {
    expect(checkSheetBody(readFileSync(join(ROOT, file), 'utf8'), { file, routes: ROUTES })).toEqual([]);
  });
});

/** Hostile or careless bodies: each refused with its line and a French message saying what to write. */
const REFUSED: [string, string, number, RegExp][] = [
  ['meta refresh', '<meta http-equiv="refresh" content="0; url=https://evil.example/" />', L, /balise HTML <meta> interdite/],
  ['base', '<base href="https://evil.example/" />', L, /balise HTML <base> interdite/],
  ['script', 'Texte.\n\n<script>alert(1)</script>', L + 2, /balise HTML <script> interdite/],
  ['remote img tag', '<img src="https://evil.example/x.png" alt="x" />', L, /<img> interdite.*ne publient pas d’images/],
  ['remote image', '![Logo](https://evil.example/x.png)', L, /chargée depuis un autre site/],
  ['reference-style remote image', '![x][r]\n\n[r]: https://evil.example/i.png', L + 2, /chargée depuis un autre site/],
  ['stylesheet link', '<link rel="stylesheet" href="https://evil.example/s.css" />', L, /balise HTML <link> interdite/],
  ['javascript: link, entity-encoded', '[le formulaire](&#106;avascript:alert(1))', L, /protocole « javascript: » interdit/],
  ['javascript: in an <a>', '<a href="javascript&#58;alert(1)">x</a>', L, /balise HTML <a> interdite.*\[texte du lien\]/],
  ['javascript: in a reference', '[x][r]\n\n[r]: javascript:alert(1)', L + 2, /protocole « javascript: » interdit/],
  ['HTML comment', 'Texte\n\n<!-- note -->', L + 2, /commentaire HTML.*\{\/\* … \*\/\}/],
  ['< before a number', 'Les communes de <10 000 habitants.', L, /écrivez « moins de 10 000 ».*\\</],
  ['<=', 'si a <= b', L, /signe < lu comme le début d’une balise/],
  ['<br> unclosed', 'ligne <br> suite', L, /<br> interdite.*barre oblique inverse/],
  ['<br />', 'ligne <br /> suite', L, /<br> interdite/],
  ['autolink', 'Voir <https://www.example.org/>.', L, /\[texte du lien\]\(https:\/\/…\) ou l’adresse seule/],
  ['unknown component', '<Encadre titre="x">Texte</Encadre>', L, /composant <Encadre> inconnu/],
  ['fragment', '<>Texte</>', L, /balise vide/],
  ['expression', 'Il reste {1 + 1} places.', L, /expression entre accolades/],
  ['unbalanced brace', 'Une accolade { ouverte', L, /accolade \{ ou \}/],
  ['import', "import Carte from '../carte.astro'\n\nTexte.", L, /ligne import\/export/],
  ['export', 'export const titre = "x"\n\nTexte.', L, /ligne import\/export/],
  ['iframe', '<iframe src="https://evil.example/"></iframe>', L, /<iframe> interdite/],
  ['style element', '<style>{`body{display:none}`}</style>', L, /<style> interdite/],
  ['style attribute', '<span style="color:red">x</span>', L, /<span> interdite/],
  ['on* attribute', '<div onclick="alert(1)">x</div>', L, /<div> interdite/],
  ['object', '<object data="x.swf"></object>', L, /<object> interdite/],
  ['embed', '<embed src="x.swf" />', L, /<embed> interdite/],
  ['form', '<form action="https://evil.example/"><input /></form>', L, /<form> interdite/],
  ['data: link', '[x](data:text/html;base64,PHNjcmlwdD4=)', L, /protocole « data: » interdit/],
  ['data: image', '![x](data:image/png;base64,AAAA)', L, /protocole « data: » interdit/],
  ['protocol-relative link', '[x](//evil.example/)', L, /adresse sans protocole/],
  ['protocol-relative image', '![x](//evil.example/i.png)', L, /adresse sans protocole/],
  ['internal link to nothing', '[x](/mesures/n-existe-pas/)', L, /page qui n’existe pas \(\/mesures\/n-existe-pas\/\)/],
  ['relative link to nothing', '[x](../../mesures/n-existe-pas)', L, /page qui n’existe pas/],
  ['second h1', '# Un autre titre\n\nTexte.', L, /titre de niveau 1/],
  ['heading taking #contenu', '## Contenu\n\nTexte.', L, /#contenu est déjà utilisée par la page/],
  ['heading taking #exemples-locaux', 'Texte.\n\n## Exemples locaux', L + 2, /#exemples-locaux est déjà utilisée/],
  ['footnote', 'Texte[^1].\n\n[^1]: Note.', L, /note de bas de page/],
  ['local image', '![](./photo.png)', L, /ne publient pas d’images/],
  ['empty body', '\n\n', L - 1, /texte de la fiche est vide/],
];

describe('the allowlist refuses, with the line and what to write instead', () => {
  it.each(REFUSED)('%s', (_name, body, line, message) => {
    const problems = compile(body).problems;
    expect(problems.length, JSON.stringify(problems)).toBeGreaterThan(0);
    expect(problems[0]?.line).toBe(line);
    expect(problems.map((p) => p.message).join('\n')).toMatch(message);
  });

  it('words every problem in French, without a stack trace or the parser’s English', () => {
    for (const [, body] of REFUSED) {
      for (const { message } of compile(body).problems) {
        expect(message).not.toMatch(/\bat \w+ \(|Unexpected|Expected|Could not|character|closing tag/);
      }
    }
  });
});

/** Forbidden in any HTML produced from a body, whatever the check said. */
const FORBIDDEN_HTML =
  /<(meta|base|link|style|script|iframe|object|embed|form|span|div)\b|\son\w+=|style=|javascript:|data:|\/\/evil|src="https?:/i;

describe('defence in depth: the sanitized output', () => {
  it.each(REFUSED)('%s renders nothing dangerous', (_name, body) => {
    expect(compile(body).html).not.toMatch(FORBIDDEN_HTML);
  });

  it('drops what the check let through, judged on decoded values', () => {
    const el = (tagName: string, properties: Record<string, unknown>, text = 'x') => ({
      type: 'element' as const,
      tagName,
      properties: properties as never,
      children: [{ type: 'text' as const, value: text }],
    });
    const tree: HastRoot = {
      type: 'root',
      children: [
        el('meta', { httpEquiv: 'refresh', content: '0; url=https://evil.example/' }),
        el('base', { href: 'https://evil.example/' }),
        el('link', { rel: ['stylesheet'], href: 'https://evil.example/s.css' }),
        el('style', {}, 'body{display:none}'),
        el('script', {}, 'alert(1)'),
        el('iframe', { src: 'https://evil.example/' }),
        el('object', { data: 'x.swf' }),
        el('embed', { src: 'x.swf' }),
        el('form', { action: 'https://evil.example/' }),
        el('p', { onClick: 'alert(1)', style: 'color:red', className: ['x'] }),
        el('a', { href: 'javascript:alert(1)' }),
        el('a', { href: ' JaVa\tScRiPt:alert(1)' }),
        el('a', { href: 'data:text/html,x' }),
        el('a', { href: '//evil.example/' }),
        el('a', { href: '/\\evil.example/' }),
        el('img', { src: 'https://evil.example/i.png', alt: 'x' }),
        el('img', { src: '//evil.example/i.png', alt: 'x' }),
        el('a', { href: 'https://www.example.org/', title: 'ok' }, 'lien'),
        el('a', { href: 'mailto:contact@example.org' }, 'courriel'),
        el('a', { href: 'tel:+33549375630' }, 'téléphone'),
        el('a', { href: '/mesures/' }, 'interne'),
      ],
    };
    const html = sanitizeToHtml(tree);
    expect(html).not.toMatch(FORBIDDEN_HTML);
    expect(html).not.toMatch(/alert\(1\)|display:none/);
    expect(html).toContain('<a href="https://www.example.org/" title="ok">lien</a>');
    expect(html).toContain('<a href="mailto:contact@example.org">courriel</a>');
    expect(html).toContain('<a href="tel:+33549375630">téléphone</a>');
    expect(html).toContain('<a href="/mesures/">interne</a>');
  });
});

describe('what is accepted', () => {
  it.each([
    ['prose starting with « export »', 'export et import de données locales.', '<p>export et import de données locales.</p>'],
    [
      'prose starting with « import »',
      'Texte.\n\nimport des denrées : la commune',
      '<p>Texte.</p>\n<p>import des denrées : la commune</p>',
    ],
    ['a wrapped line starting with « export »', 'Les communes\nexport et import…', '<p>Les communes\nexport et import…</p>'],
    ['an escaped <', 'Les communes de \\<10 000 habitants.', '<p>Les communes de &lt;10 000 habitants.</p>'],
    ['an escaped brace', 'Un \\{ seul', '<p>Un { seul</p>'],
    ['a comment, not published', '{/* à vérifier avec la DDETS */}\n\nTexte {/* ici aussi */} fin.', '<p>Texte  fin.</p>'],
    [
      'a bare address, linked',
      'Voir https://www.example.org/.',
      '<p>Voir <a href="https://www.example.org/">https://www.example.org/</a>.</p>',
    ],
    ['a mail address', '[écrire](mailto:contact@example.org)', '<p><a href="mailto:contact@example.org">écrire</a></p>'],
    [
      'an internal link, written root-absolute',
      '[la mesure](../../mesures/logement-d-abord)',
      '<p><a href="/mesures/logement-d-abord/">la mesure</a></p>',
    ],
    [
      'a relative link from a sheet',
      '[un atelier](../tarbes-petits-dejeuners/#comment-faire)',
      '<p><a href="/ateliers/tarbes-petits-dejeuners/#comment-faire">un atelier</a></p>',
    ],
    ['an anchor', '[plus bas](#comment-faire)', '<p><a href="#comment-faire">plus bas</a></p>'],
    ['smart apostrophes before emphasis', "l'**épicerie** et d'« abord »", '<p>l’<strong>épicerie</strong> et d’« abord »</p>'],
    ['smart dashes and ellipsis', 'de 2021 -- 2027... et --- fin', '<p>de 2021 – 2027… et — fin</p>'],
    [
      'a heading, with Astro’s id',
      '## Qui peut en bénéficier ?',
      '<h2 id="qui-peut-en-bénéficier-">Qui peut en bénéficier ?</h2>',
    ],
  ])('%s', (_name, body, html) => {
    const result = compile(body);
    expect(result.problems).toEqual([]);
    expect(result.html).toBe(html);
  });

  it('renders GFM tables and lists, and reports the headings as Astro does', () => {
    const result = compile(
      '## Les chiffres\n\n| Année | Montant |\n|---|--:|\n| 2021 | 3 € |\n\n- un\n- deux\n\n## Les chiffres',
    );
    expect(result.problems).toEqual([]);
    expect(result.html).toContain('<td align="right">3 €</td>');
    expect(result.html).toContain('<ul>\n<li>un</li>');
    expect(result.headings).toEqual([
      { depth: 2, slug: 'les-chiffres', text: 'Les chiffres' },
      { depth: 2, slug: 'les-chiffres-1', text: 'Les chiffres' },
    ]);
  });

  it('publishes no image, even a local one', () => {
    const result = compile('![Le local de l’épicerie](./epicerie.jpg)');
    expect(result.problems.map((p) => p.message)).toEqual([expect.stringMatching(/ne publient pas d’images/)]);
    expect(result.html).not.toMatch(/<img/);
  });

  it('keeps the line numbers of the file after a « export … » paragraph', () => {
    expect(compile('export et import\n\n<br />').problems[0]?.line).toBe(L + 2);
  });

  it('checks the shape of internal links when no route list is given', () => {
    const source = `${FRONTMATTER}[x](/nulle-part/) [y](javascript:x)`;
    expect(checkSheetBody(source, { file: FILE }).map((p) => p.message)).toEqual([expect.stringMatching(/javascript/)]);
  });

  it('reserves the ids of a measure’s local examples', () => {
    const source = '---\ntitle: M\nexamples:\n  - id: a1-aude-cantine\n---\n\n## A1 Aude cantine\n\n## Titre a1 aude cantine';
    const problems = checkSheetBody(source, { file: 'content/mesures/m.mdx' });
    expect(problems.map((p) => p.line)).toEqual([7, 9]);
  });

  it('checks a body even when the frontmatter is broken, with the file’s lines', () => {
    const source = '---\ntitle: [oups\n---\n\n<br>';
    expect(checkSheetBody(source, { file: FILE })).toEqual([{ line: 5, message: expect.stringMatching(/<br>/) }]);
  });
});

describe('routes', () => {
  it('gives each sheet folder its page', () => {
    expect(sheetRoute('content/actions/x.mdx')).toBe('/pactes/x/');
    expect(sheetRoute('content/visions/y.mdx')).toBe('/figures/visions/y/');
    expect(sheetRoute('content/themes/y.yaml')).toBeNull();
  });

  it('derives the routes of the site from its pages and its content', () => {
    expect(
      staticPageRoutes([
        'index.astro',
        'a-propos.astro',
        'ateliers/index.astro',
        'ateliers/[slug].astro',
        'flux.xml.ts',
        '404.astro',
      ]),
    ).toEqual(['/', '/a-propos/', '/ateliers/', '/flux.xml']);
    const routes = siteRoutes(['/'], { mesures: ['m'], departements: ['aude'], themes: ['sante'], axes: ['axe-1'] });
    expect([...routes].sort()).toEqual(
      [
        '/',
        '/mesures/m/',
        '/departements/aude/',
        '/departements/aude/dossier/',
        '/departements/aude/sante/',
        '/departements/aude/sante/dossier/',
        '/themes/sante/',
        '/themes/sante/dossier/',
        '/mesures/axes/axe-1/',
      ].sort(),
    );
    expect(ROUTES.has('/carte/')).toBe(true);
  });

  it('keeps the page’s own ids out of the bodies', () => {
    expect(PAGE_IDS.has('contenu')).toBe(true);
  });
});
