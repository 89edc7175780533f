/**
 * The ids of the kinds of sheet, in the site's order (lists, counts, dossiers, search facet values).
 * Plain data, with no schema: browser scripts (the map) import it without bundling zod, whose
 * start-up probe (`Function('')`) the Content-Security-Policy refuses. The registry
 * (src/schemas/registry.ts) describes each kind; a kind missing there fails the type check.
 */
export const SHEET_KIND_IDS = ['atelier', 'mesure', 'exemple', 'action', 'figure', 'vision'] as const;
export type SheetKind = (typeof SHEET_KIND_IDS)[number];
