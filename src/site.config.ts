/**
 * Site configuration: the only file to edit to deploy another copy of the Atlas
 * (a CCAS union, a prefecture…). The footer, the mentions légales and the sitemap read it.
 */
export interface SiteConfig {
  /** Public name of the site, shown in the header and the <title>. */
  name: string;
  /** One-line description, shown on the home page and in search engines. */
  tagline: string;
  /** Absolute base URL where the site is published (used by the sitemap and canonical links). */
  url: string;
  /** The organisation that publishes the site (mentions légales). */
  publisher: {
    name: string;
    /** Postal address of the publisher, as it should appear in the mentions légales. */
    address: string;
    /** Person responsible for the publication (directeur ou directrice de la publication). */
    director: string;
    /** Contact e-mail for readers (corrections, accessibility requests). */
    email: string;
  };
  /** Who hosts the static files (mentions légales). */
  host: { name: string; address: string };
  /** Date of the last editorial update, ISO format. */
  lastUpdated: string;
}

export const siteConfig: SiteConfig = {
  name: 'Atlas des solidarités — Occitanie',
  tagline:
    'Ce qui marche contre la pauvreté dans les communes d’Occitanie : ateliers, mesures, pactes locaux et figures de CCAS.',
  url: 'https://atlas-solidarites.example.org',
  publisher: {
    name: 'Équipe de l’Atlas des solidarités',
    address: 'Adresse postale à compléter par l’éditeur du site',
    director: 'Directeur ou directrice de la publication à désigner par l’éditeur',
    email: 'contact@atlas-solidarites.example.org',
  },
  host: {
    name: 'Hébergeur à compléter par l’éditeur du site',
    address: 'Adresse de l’hébergeur à compléter',
  },
  lastUpdated: '2026-11-25',
};
