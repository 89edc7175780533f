import { compileSheetBody } from './src/lib/body/index';
const fm = '---\ntitle: x\n---\n\n';
const samples = [
 'Texte\nexport et import de données locales.\n', 'export et import de données.\n', 'export const a = 1\n',
 'Moins de <10 000 habitants', 'a <br> b', 'a <br /> b', '<!-- commentaire -->', '{/* commentaire */}\n\nTexte', 'a <= b', '<https://example.org>',
 'x {1+1}', '<Foo bar="1" />', '[x](&#106;avascript:alert(1))', '<a href="javascript&#58;alert(1)">x</a>',
 '![x][r]\n\n[r]: https://evil.example/i.png', '<meta http-equiv="refresh" content="0; url=https://e.x" />', '<base href="https://e.x/" />',
 '<script>alert(1)</script>', '<img src="https://e.x/a.png" />', '[a](//evil.example/x)', '[a](data:text/html,hi)', '[a](../../mesures/logement-d-abord)', '[a](/mesures/inconnue/)',
 '# Titre\n\n## Exemples locaux\n\n## Contenu', '## Qui peut en bénéficier ?\n\n| a | b |\n|--:|---|\n| 1 | 2 |\n\n- [x] ok\n\n![alt](./img.png)', 'Texte[^1]\n\n[^1]: note', '<>x</>', 'https://example.org/x',
];
for (const s of samples) {
  const r = compileSheetBody(fm + s, { file: 'content/ateliers/x.mdx', routes: new Set(['/mesures/logement-d-abord/']) });
  console.log(JSON.stringify(s)); console.log('  P', JSON.stringify(r.problems)); console.log('  H', JSON.stringify(r.html), r.imagePaths.length ? r.imagePaths : '');
}
