/** One link of the main navigation. */
export interface NavItem {
  /** Section id pages pass to BaseLayout (aria-current). */
  id: string;
  label: string;
  href: string;
  /** Other sections this item stands for (« Près de chez moi » covers the département pages). */
  covers?: readonly string[];
}

/**
 * The main navigation, by task, in reading order. « Financements » and « Contacts » appear as soon
 * as their page exists (see SiteHeader).
 */
export const NAV_ITEMS: readonly NavItem[] = [
  { id: 'pres-de-chez-moi', label: 'Près de chez moi', href: '/ma-commune/', covers: ['departements'] },
  { id: 'themes', label: 'Thèmes', href: '/themes/' },
  { id: 'financements', label: 'Financements', href: '/financements/' },
  { id: 'contacts', label: 'Contacts', href: '/contacts/' },
  { id: 'carte', label: 'Carte', href: '/carte/' },
];

/** The five source documents as sections, in a « Les documents » menu of the header. */
export const DOCUMENT_ITEMS: readonly NavItem[] = [
  { id: 'ateliers', label: 'Ateliers de la conférence 2021', href: '/ateliers/' },
  { id: 'mesures', label: 'Mesures de la stratégie pauvreté', href: '/mesures/' },
  { id: 'pactes', label: 'Pactes locaux des solidarités', href: '/pactes/' },
  { id: 'figures', label: 'Figures de CCAS et visions 2050', href: '/figures/' },
  { id: 'sources', label: 'Les cinq documents sources', href: '/sources/' },
];

/** Whether a navigation item is the current section. */
export function isCurrent(item: NavItem, section: string | undefined): boolean {
  return section !== undefined && (item.id === section || (item.covers ?? []).includes(section));
}

/**
 * The navigation items whose page exists: pages added by other work (« /financements/ ») join the
 * menu when their file is there.
 * @param pages root-absolute URLs of the site's pages.
 */
export function presentItems(items: readonly NavItem[], pages: ReadonlySet<string>): NavItem[] {
  return items.filter((i) => pages.has(i.href));
}

/**
 * The page URL of a file of src/pages, however the path starts: « ../../pages/ma-commune.astro » →
 * « /ma-commune/ », « ./themes/index.astro » → « /themes/ » (paths relative to src/pages start with « ./ »).
 */
export function pageUrlOfFile(file: string): string {
  const path = file
    .replace(/^(.*\/pages|\.)(?=\/)/, '')
    .replace(/\.(astro|md|mdx)$/, '')
    .replace(/\/index$/, '');
  return `${path}/`;
}

/** Links of the footer, present on every page (the accessibility statement is required there). */
export const FOOTER_ITEMS = [
  { label: 'À propos', href: '/a-propos/' },
  { label: 'Sources', href: '/sources/' },
  { label: 'Mentions légales', href: '/mentions-legales/' },
  { label: 'Accessibilité', href: '/accessibilite/' },
  { label: 'Plan du site', href: '/plan-du-site/' },
  { label: 'L’Atlas hors ligne', href: '/hors-ligne/' },
  { label: 'Données ouvertes', href: '/donnees/' },
] as const;
