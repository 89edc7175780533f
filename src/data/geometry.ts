import collection from '../assets/geo/occitanie-departements.json';
import type { AreaGeometry } from '../lib/geometry';

/** A département shape: its territory id and its simplified geometry (see scripts/build-geometry.ts). */
export interface DepartementShape {
  type: 'Feature';
  properties: { id: string };
  geometry: AreaGeometry;
}

/** The 13 départements of Occitanie, simplified from Natural Earth (public domain). */
export const departementShapes = collection.features as unknown as DepartementShape[];

/** The shapes as a GeoJSON FeatureCollection, for Leaflet. */
export const departementCollection = { type: 'FeatureCollection' as const, features: departementShapes };
