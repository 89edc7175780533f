/** Pure geometry helpers for the département map: extraction, simplification, rounding. */

export type Position = [number, number];
export type Ring = Position[];
export interface PolygonGeometry {
  type: 'Polygon';
  coordinates: Ring[];
}
export interface MultiPolygonGeometry {
  type: 'MultiPolygon';
  coordinates: Ring[][];
}
export type AreaGeometry = PolygonGeometry | MultiPolygonGeometry;
export interface SourceFeature {
  properties: Record<string, unknown>;
  geometry: AreaGeometry;
}

/** Perpendicular distance of p from the segment a–b (in degrees, good enough at this scale). */
function segmentDistance(p: Position, a: Position, b: Position): number {
  const [x, y] = p;
  const [x1, y1] = a;
  const [x2, y2] = b;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / len2));
  return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy));
}

/** Douglas–Peucker simplification of a line (keeps both ends). */
export function simplifyLine(points: readonly Position[], tolerance: number): Position[] {
  if (points.length <= 2) return [...points];
  let maxDistance = 0;
  let index = 0;
  const first = points[0]!;
  const last = points[points.length - 1]!;
  for (let i = 1; i < points.length - 1; i++) {
    const d = segmentDistance(points[i]!, first, last);
    if (d > maxDistance) {
      maxDistance = d;
      index = i;
    }
  }
  if (maxDistance <= tolerance) return [first, last];
  const left = simplifyLine(points.slice(0, index + 1), tolerance);
  const right = simplifyLine(points.slice(index), tolerance);
  return [...left.slice(0, -1), ...right];
}

/**
 * Simplifies a closed ring and keeps it a valid ring (at least 4 positions, first = last).
 * A ring too small to survive is returned as is.
 */
export function simplifyRing(ring: Ring, tolerance: number): Ring {
  if (ring.length <= 4) return ring;
  // Split the ring in two halves so that Douglas–Peucker has two distinct ends.
  const mid = Math.floor(ring.length / 2);
  const a = simplifyLine(ring.slice(0, mid + 1), tolerance);
  const b = simplifyLine(ring.slice(mid), tolerance);
  const out = [...a.slice(0, -1), ...b];
  return out.length >= 4 ? out : ring;
}

/** Rounds coordinates to a number of decimals (3 ≈ 100 m). */
export function roundPosition([x, y]: Position, decimals: number): Position {
  const f = 10 ** decimals;
  return [Math.round(x * f) / f, Math.round(y * f) / f];
}

/** Simplifies and rounds a Polygon or MultiPolygon. */
export function simplifyGeometry(geometry: AreaGeometry, tolerance: number, decimals: number): AreaGeometry {
  const ring = (r: Ring) => simplifyRing(r, tolerance).map((p) => roundPosition(p, decimals));
  return geometry.type === 'Polygon'
    ? { type: 'Polygon', coordinates: geometry.coordinates.map(ring) }
    : { type: 'MultiPolygon', coordinates: geometry.coordinates.map((poly) => poly.map(ring)) };
}

/**
 * Keeps the features of the given ISO 3166-2 codes (« FR-09 ») and renames them to territory ids.
 * @throws when a code is missing from the source, so a change of the source data cannot drop a département.
 */
export function extractFeatures(
  features: readonly SourceFeature[],
  idByIsoCode: Readonly<Record<string, string>>,
): { id: string; geometry: AreaGeometry }[] {
  const out = Object.entries(idByIsoCode).map(([iso, id]) => {
    const feature = features.find((f) => f.properties.iso_3166_2 === iso);
    if (!feature) throw new Error(`Département ${iso} absent de la source géographique`);
    return { id, geometry: feature.geometry };
  });
  return out;
}
