/** The main navigation, in reading order. */
export const NAV_ITEMS = [
  { id: 'ateliers', label: 'Ateliers', href: '/ateliers/' },
  { id: 'mesures', label: 'Mesures', href: '/mesures/' },
  { id: 'pactes', label: 'Pactes locaux', href: '/pactes/' },
  { id: 'figures', label: 'Figures de CCAS', href: '/figures/' },
  { id: 'departements', label: 'Départements', href: '/departements/' },
  { id: 'themes', label: 'Thèmes', href: '/themes/' },
  { id: 'carte', label: 'Carte', href: '/carte/' },
  { id: 'financements', label: 'Financements', href: '/financements/' },
  { id: 'contacts', label: 'Contacts', href: '/contacts/' },
] as const;

/** Links of the footer, present on every page (the accessibility statement is required there). */
export const FOOTER_ITEMS = [
  { label: 'À propos', href: '/a-propos/' },
  { label: 'Sources', href: '/sources/' },
  { label: 'Mentions légales', href: '/mentions-legales/' },
  { label: 'Accessibilité : non conforme', href: '/accessibilite/' },
  { label: 'Plan du site', href: '/plan-du-site/' },
  { label: 'L’Atlas hors ligne', href: '/hors-ligne/' },
  { label: 'Données ouvertes', href: '/donnees/' },
] as const;
