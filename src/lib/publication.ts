/**
 * Is this copy of the Atlas published by a named body, or an unpublished (demonstration) edition?
 * The legal notice (LCEN, art. 6 III) needs a publisher with its address and phone, a director of
 * publication, a contact and a host with its address and phone; the accessibility statement needs
 * the site's address. Until every one is given, every page says the edition is unpublished, and
 * no field that is empty, a template placeholder or an example address is ever shown to a reader.
 */

/** The fields of src/site.config.ts that the publication depends on (the shape of SiteConfig). */
export interface PublicationFields {
  url: string;
  publisher: { name: string; address: string; phone: string; director: string; email: string };
  host: { name: string; address: string; phone: string };
}

/** One field to fill in before publishing. */
export interface PublicationProblem {
  /** Path of the field in src/site.config.ts (« publisher.director »). */
  field: string;
  /** What it is, in French (« le directeur ou la directrice de la publication »). */
  label: string;
  /** Why it is refused, in French. */
  reason: string;
}

/** Every checked field, in the order of the legal notice, with its French label. */
export const PUBLICATION_FIELDS = [
  { field: 'publisher.name', label: 'le nom de l’éditeur, l’organisme qui publie le site', kind: 'text' },
  { field: 'publisher.address', label: 'l’adresse postale de l’éditeur', kind: 'text' },
  { field: 'publisher.phone', label: 'le numéro de téléphone de l’éditeur', kind: 'phone' },
  { field: 'publisher.director', label: 'le directeur ou la directrice de la publication', kind: 'text' },
  { field: 'publisher.email', label: 'l’adresse électronique de contact', kind: 'email' },
  { field: 'host.name', label: 'le nom de l’hébergeur', kind: 'text' },
  { field: 'host.address', label: 'l’adresse postale de l’hébergeur', kind: 'text' },
  { field: 'host.phone', label: 'le numéro de téléphone de l’hébergeur', kind: 'phone' },
  { field: 'url', label: 'l’adresse publique du site, en https://', kind: 'url' },
] as const;

export type PublicationField = (typeof PUBLICATION_FIELDS)[number]['field'];

/** Words of the template that must never reach a reader. */
const PLACEHOLDER = /à compléter|à désigner|à renseigner|à définir|lorem ipsum|\bTODO\b|\bXXX\b|\bexemple\b/i;
/** Reserved example domains (RFC 2606, RFC 6761) and local addresses. */
const EXAMPLE_HOST = /(^|\.)(example\.(org|com|net)|example|test|invalid|localhost|local)$/i;
const EMAIL = /^[^\s@<>()]+@([^\s@<>()]+\.[^\s@<>()]+)$/;
const PHONE = /^\+?[\d\s.()-]{8,}$/;

function valueOf(config: PublicationFields, field: PublicationField): string {
  const [group, key] = field.split('.') as [string, string | undefined];
  const value = key === undefined ? config[group as 'url'] : (config[group as 'publisher'] as Record<string, string>)[key];
  return typeof value === 'string' ? value.trim() : '';
}

function hostIsExample(host: string): boolean {
  return EXAMPLE_HOST.test(host) || /^(127\.|0\.0\.0\.0|\[::1\])/.test(host);
}

/** Why a value cannot be published, or null when it can. */
function problemWith(value: string, kind: 'text' | 'phone' | 'email' | 'url'): string | null {
  if (value === '') return 'le champ est vide';
  if (PLACEHOLDER.test(value)) return `« ${value} » est un texte d’exemple, pas une valeur réelle`;
  if (kind === 'email') {
    const match = EMAIL.exec(value);
    if (!match) return `« ${value} » n’est pas une adresse électronique`;
    if (hostIsExample(match[1]!)) return `« ${value} » est une adresse d’exemple`;
  }
  if (kind === 'phone' && !PHONE.test(value)) return `« ${value} » n’est pas un numéro de téléphone`;
  if (kind === 'url') {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      return `« ${value} » n’est pas une adresse complète (elle doit commencer par https://)`;
    }
    if (url.protocol !== 'https:') return `« ${value} » doit commencer par https://`;
    if (hostIsExample(url.hostname)) return `« ${value} » est une adresse d’exemple`;
  }
  return null;
}

/** The fields still missing or invalid, in the order of the legal notice (empty: ready to publish). */
export function publicationProblems(config: PublicationFields): PublicationProblem[] {
  const problems: PublicationProblem[] = [];
  for (const { field, label, kind } of PUBLICATION_FIELDS) {
    const reason = problemWith(valueOf(config, field), kind);
    if (reason) problems.push({ field, label, reason });
  }
  return problems;
}

/** True when every field of the legal notice is filled with a real value. */
export function isPublished(config: PublicationFields): boolean {
  return publicationProblems(config).length === 0;
}

/** A field's value if it can be shown to a reader, else null (never a placeholder or an example). */
export function publicValue(config: PublicationFields, field: PublicationField): string | null {
  const kind = PUBLICATION_FIELDS.find((f) => f.field === field)!.kind;
  const value = valueOf(config, field);
  return problemWith(value, kind) ? null : value;
}

/** The public base URL without a trailing slash, or null when none is configured. */
export function publicBaseUrl(config: Pick<PublicationFields, 'url'> & Partial<PublicationFields>): string | null {
  const value = (config.url ?? '').trim();
  if (problemWith(value, 'url')) return null;
  return value.replace(/\/+$/, '');
}

/** The absolute address of a path on the public site, or null when no public URL is configured. */
export function absoluteUrl(config: Pick<PublicationFields, 'url'>, path: string): string | null {
  const base = publicBaseUrl(config);
  return base ? new URL(path, `${base}/`).href : null;
}

/** The banner of an unpublished edition: who is missing, in one short sentence. */
export function editionNotice(config: PublicationFields): string | null {
  if (isPublished(config)) return null;
  return publicValue(config, 'publisher.name')
    ? 'Édition non publiée : mentions légales incomplètes'
    : 'Édition de démonstration : éditeur non désigné';
}

/** The French message of the publishing mode, naming every field to fill in. */
export function formatPublicationProblems(problems: readonly PublicationProblem[], file = 'src/site.config.ts'): string {
  const lines = problems.map((p) => `  - ${p.field} — ${p.label} : ${p.reason}`);
  const count = problems.length === 1 ? 'un champ doit être rempli' : `${problems.length} champs doivent être remplis`;
  return [
    `Publication refusée : ${count} dans ${file} avant de publier le site.`,
    ...lines,
    'Sans le mode publication (ATLAS_PUBLISH), le site se construit comme « Édition de démonstration : éditeur non désigné ».',
  ].join('\n');
}
