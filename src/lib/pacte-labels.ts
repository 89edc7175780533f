/** Labels of the nature of a pacte action. */
export const ACTION_NATURE_LABELS = {
  nouvelle: 'Action nouvelle',
  renforcement: 'Renforcement d’une action existante',
  'non-precise': 'Non précisée par la source',
} as const;
