import type { Contact } from '../schemas/shared';
import { hasCoordinates } from './contact-links';

/** A contact as a source gives it, with where it appears on the site. */
export interface DirectoryEntry {
  contact: Contact;
  /** Territories of the sheet (départements, métropoles, région, national), in territory order. */
  territories: readonly { id: string; label: string }[];
  /** Title and address of the page that gives it. */
  pageTitle: string;
  href: string;
  /** Short name and date (« juillet 2021 ») of its source document. */
  sourceTitle: string;
  sourceDate: string;
}

/** A group of the directory: a territory or an organisation, and its entries. */
export interface DirectoryGroup {
  id: string;
  label: string;
  entries: DirectoryEntry[];
}

/** Whether the source gives a way to reach the contact, or only names an institution. */
export function isNamedOnly(entry: DirectoryEntry): boolean {
  return !hasCoordinates(entry.contact);
}

/**
 * The entries by territory, in the order of the first territory met (the caller passes entries whose
 * territories are in territory order); an entry with several territories appears under each.
 */
export function byTerritory(entries: readonly DirectoryEntry[], order: readonly string[]): DirectoryGroup[] {
  const groups = new Map<string, DirectoryGroup>();
  for (const e of entries) {
    for (const t of e.territories) {
      const g = groups.get(t.id) ?? { id: t.id, label: t.label, entries: [] };
      g.entries.push(e);
      groups.set(t.id, g);
    }
  }
  const rank = (id: string) => {
    const i = order.indexOf(id);
    return i === -1 ? order.length : i;
  };
  return [...groups.values()].sort((a, b) => rank(a.id) - rank(b.id) || a.label.localeCompare(b.label, 'fr'));
}

/** The organisation a contact belongs to, for grouping: its name without « de votre département ». */
export function organisationKey(organisation: string): string {
  return organisation
    .replace(/\s+(de|du) votre département$/i, '')
    .replace(/\s*\((Toulouse|Montpellier)\)$/i, '')
    .trim();
}

/** The entries by organisation, in French alphabetical order. */
export function byOrganisation(entries: readonly DirectoryEntry[]): DirectoryGroup[] {
  const groups = new Map<string, DirectoryGroup>();
  for (const e of entries) {
    const label = organisationKey(e.contact.organisation);
    const id = label.toLowerCase();
    const g = groups.get(id) ?? { id, label, entries: [] };
    g.entries.push(e);
    groups.set(id, g);
  }
  return [...groups.values()].sort((a, b) => a.label.localeCompare(b.label, 'fr'));
}
