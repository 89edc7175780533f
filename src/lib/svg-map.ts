/** Static SVG drawing of département shapes (the small map of each département page). */

type Position = [number, number];
type Geometry = { type: 'Polygon'; coordinates: Position[][] } | { type: 'MultiPolygon'; coordinates: Position[][][] };

/** The rings of a geometry, flattened. */
function rings(geometry: Geometry): Position[][] {
  return geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
}

/** Longitude/latitude bounds [[minLat, minLon], [maxLat, maxLon]] of geometries. */
export function geoBounds(geometries: readonly Geometry[]): [[number, number], [number, number]] {
  let minLat = Infinity,
    minLon = Infinity,
    maxLat = -Infinity,
    maxLon = -Infinity;
  for (const g of geometries) {
    for (const ring of rings(g)) {
      for (const [lon, lat] of ring) {
        minLat = Math.min(minLat, lat);
        maxLat = Math.max(maxLat, lat);
        minLon = Math.min(minLon, lon);
        maxLon = Math.max(maxLon, lon);
      }
    }
  }
  return [
    [minLat, minLon],
    [maxLat, maxLon],
  ];
}

/**
 * A projection of lon/lat to SVG x/y in a box of the given width: equirectangular with the
 * longitude scaled by cos(mid-latitude), north up.
 */
export function makeProjection(bounds: [[number, number], [number, number]], width: number) {
  const [[minLat, minLon], [maxLat, maxLon]] = bounds;
  const k = Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180);
  const scale = width / ((maxLon - minLon) * k);
  const height = (maxLat - minLat) * scale;
  return {
    width,
    height: Math.round(height),
    project: ([lon, lat]: Position): Position => [
      Math.round((lon - minLon) * k * scale * 10) / 10,
      Math.round((maxLat - lat) * scale * 10) / 10,
    ],
  };
}

/** The SVG path data of a geometry: one closed subpath per ring. */
export function svgPath(geometry: Geometry, project: (p: Position) => Position): string {
  return rings(geometry)
    .map((ring) => `M${ring.map((p) => project(p).join(' ')).join('L')}Z`)
    .join('');
}
