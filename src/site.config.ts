/**
 * Site configuration: the only file to edit to publish another copy of the Atlas (a prefecture, a
 * département, a union of CCAS…). The header, the footer, the legal notice, the accessibility
 * statement, the feed, the open data, robots.txt and the sitemap read it.
 *
 * Until every field of `publisher`, `host` and `url` holds a real value, the site is built as an
 * unpublished edition: every page says « Édition de démonstration : éditeur non désigné » and
 * nothing empty or made up is shown. `npm run build:publish` (or `ATLAS_PUBLISH=1 npm run build`)
 * refuses to build until they are all filled in, and names the missing ones.
 */
export interface SiteConfig {
  /** Public name of the site, shown in the header and the <title>. */
  name: string;
  /** One-line description, shown on the home page and in search engines. */
  tagline: string;
  /**
   * Public address of the site, with https:// (« https://atlas.solidarites.example-prefecture.fr »).
   * Used by the sitemap, the canonical links, the feed and robots.txt; left empty, they use
   * relative addresses or are left out, never a made-up domain.
   */
  url: string;
  /** The body that publishes the site (mentions légales, footer, open data producer). */
  publisher: {
    /** Name of the body (« Préfecture de la région Occitanie », « Union départementale des CCAS du Lot »…). */
    name: string;
    /** Postal address of the publisher, on one line, as it should appear in the mentions légales. */
    address: string;
    /** Phone number of the publisher (LCEN, art. 6 III). */
    phone: string;
    /** Person responsible for the publication: name and function (directeur ou directrice de la publication). */
    director: string;
    /** Contact e-mail for readers (corrections, accessibility requests, personal data). */
    email: string;
  };
  /** Who hosts the files (mentions légales, LCEN art. 6 III): name, postal address, phone. */
  host: { name: string; address: string; phone: string };
  /** Date of the last editorial update, ISO format. */
  lastUpdated: string;
}

const edited: SiteConfig = {
  name: 'Atlas des solidarités — Occitanie',
  tagline:
    'Ce qui marche contre la pauvreté dans les communes d’Occitanie : ateliers, mesures, pactes locaux et figures de CCAS.',
  url: '',
  publisher: {
    name: '',
    address: '',
    phone: '',
    director: '',
    email: '',
  },
  host: {
    name: '',
    address: '',
    phone: '',
  },
  lastUpdated: '2026-11-25',
};

/**
 * Tests only: ATLAS_TEST_SITE_CONFIG (a JSON object) replaces the values above, so that the tests
 * can build a published copy without editing this file. Never set it to publish: edit the values.
 */
const testValues = globalThis.process?.env?.ATLAS_TEST_SITE_CONFIG;

export const siteConfig: SiteConfig = testValues ? { ...edited, ...(JSON.parse(testValues) as Partial<SiteConfig>) } : edited;
