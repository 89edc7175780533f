/**
 * `npm run rgaa:grid`: expands the compact audit source (src/data/rgaa/audit.yaml) into the grid
 * committed in src/data/rgaa/grid.csv — one row per audited page × RGAA criterion.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parse } from 'yaml';
import { checkSource, criterionIds, expandGrid, gridToCsv, type AuditSource, type RgaaTopic } from '../src/lib/rgaa';

const dir = resolve(import.meta.dirname, '../src/data/rgaa');
const topics = (JSON.parse(readFileSync(resolve(dir, 'criteres.json'), 'utf8')) as { topics: RgaaTopic[] }).topics;
const source = parse(readFileSync(resolve(dir, 'audit.yaml'), 'utf8')) as AuditSource;
const ids = criterionIds(topics);
const errors = checkSource(source, ids);
if (errors.length) {
  console.error(`src/data/rgaa/audit.yaml :\n- ${errors.join('\n- ')}`);
  process.exit(1);
}
const rows = expandGrid(source, ids);
writeFileSync(resolve(dir, 'grid.csv'), gridToCsv(rows));
console.log(`Grille RGAA : ${rows.length} lignes (${rows.length / ids.length} pages × ${ids.length} critères).`);
