/** The kinds of sheet the Atlas publishes, with their French labels and URL prefixes. */
export const SHEET_KINDS = {
  atelier: { label: 'Atelier', plural: 'Ateliers', path: '/ateliers/' },
  mesure: { label: 'Mesure', plural: 'Mesures', path: '/mesures/' },
  exemple: { label: 'Exemple local', plural: 'Exemples locaux', path: '/mesures/' },
  action: { label: 'Action de pacte', plural: 'Actions de pacte', path: '/pactes/' },
  figure: { label: 'Figure de CCAS', plural: 'Figures de CCAS', path: '/figures/' },
  // Visions are fiction imagined in workshops, not real actions: the label says so wherever it shows.
  vision: {
    label: 'Vision 2050 (fiction prospective)',
    plural: 'Visions 2050 (fictions prospectives)',
    path: '/figures/visions/',
  },
} as const;
export type SheetKind = keyof typeof SHEET_KINDS;
export const SHEET_KIND_IDS = Object.keys(SHEET_KINDS) as SheetKind[];

/** Labels of the atelier formats. */
export const ATELIER_FORMAT_LABELS = {
  atelier: 'Atelier',
  'table-ronde': 'Table ronde',
  'atelier-partenaire': 'Atelier partenaire',
  'atelier-unccas': 'Atelier UNCCAS',
} as const;

/**
 * The URL of a sheet. A local example lives on its measure's page, at its anchor.
 * @param kind the kind of sheet.
 * @param id the entry id (for an example: the measure id).
 * @param anchor the example id, for a local example.
 */
export function sheetUrl(kind: SheetKind, id: string, anchor?: string): string {
  const base = `${SHEET_KINDS[kind].path}${id}/`;
  return anchor ? `${base}#${anchor}` : base;
}

/** The heading of an atelier: « Atelier n°1 », « Table ronde I », « Atelier partenaire ». */
export function atelierLabel(format: keyof typeof ATELIER_FORMAT_LABELS, number?: string): string {
  const label = ATELIER_FORMAT_LABELS[format];
  if (!number) return label;
  return format === 'atelier' ? `${label} n°\u00A0${number}` : `${label} ${number}`;
}
