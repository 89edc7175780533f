/**
 * The kinds of sheet the Atlas publishes. They are declared once, in the registry
 * (src/schemas/registry.ts); this module re-exports what pages and components use.
 */
export {
  ATELIER_FORMAT_LABELS,
  SHEET_KINDS,
  SHEET_KIND_IDS,
  atelierLabel,
  kindCount,
  sheetUrl,
  sheetsOf,
  summariesOf,
  type SheetKind,
  type SheetSummary,
} from '../schemas/registry';
