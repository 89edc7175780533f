/**
 * Skeletons of new sheets, commented for the editor who fills them. Their « À compléter » texts and
 * `number: '0'` are refused by check:content (scripts/lib/content-check.ts) until replaced.
 */

import { COLLECTIONS, SHEET_KINDS, SHEET_KIND_IDS, type SheetKind } from '../../src/schemas/registry';

/** A kind of sheet the scaffold command may be asked for. */
export type TemplateKind = SheetKind;

/** The kinds of sheet the scaffold command knows (`scaffold: true` in the registry), with their content folder. */
export const TEMPLATE_KINDS: Partial<Record<TemplateKind, string>> = Object.fromEntries(
  SHEET_KIND_IDS.filter((k) => SHEET_KINDS[k].scaffold).map((k) => [k, COLLECTIONS[SHEET_KINDS[k].collection].dir]),
);

/** « La cantine à 1 € ! » → « la-cantine-a-1 »: a file name (and URL) from a title. */
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
}

const yamlString = (s: string) => JSON.stringify(s);

const common = (today: string) => `# Thèmes : identifiants de content/themes/ (un ou plusieurs).
themes: [acces-aux-droits]
# Source : document (identifiant de content/sources/) et section exacte du document.
source:
  document: guide-conference-2021
  section: "À compléter : titre de la section citée"
# Date d'ajout de la fiche (flux des nouveautés).
added: '${today}'
# Notes de la rédaction : contradictions entre sources, erreurs de la source (une phrase par note).
editorNotes: []`;

const body = `
## Ce que c'est

À compléter : résumez avec vos mots ce que la source dit (pas de copier-coller). Une courte citation
entre « » est possible quand la formulation compte.
`;

/**
 * The text of a new sheet.
 * @param today date of addition (AAAA-MM-JJ).
 */
export function sheetTemplate(kind: TemplateKind, title: string, today: string): string {
  const head = `---
# Titre, tel qu'il figure dans la source.
title: ${yamlString(title)}
# Une ou deux phrases (400 caractères au plus), affichées dans les listes et la recherche.
summary: "À compléter : une ou deux phrases qui disent ce que c'est, pour qui et où."`;
  switch (kind) {
    case 'atelier':
      return `${head}
# Format : atelier, table-ronde, atelier-partenaire ou atelier-unccas.
format: atelier
# Numéro dans le guide ('1' à '18', 'I' à 'IV'), à supprimer s'il n'y en a pas.
number: '0'
# Position dans la liste des ateliers.
order: 99
# Événement et date (AAAA-MM-JJ).
event: Conférence régionale du 7 juillet 2021
date: 2021-07-07
# Communes et territoires (identifiants de content/territoires/).
communes: []
territories: [region-occitanie]
# Intervenants : nom et fonction publique, tels que dans la source.
speakers: []
# Chiffres clés : value (nombre, point décimal), unit, label, year ; display pour garder une formulation.
keyFigures: []
# Financements : value, unit (« € par repas servi »), label, funder, duration.
funding: []
# Contacts d'organisation : organisation, phone (« 05 49 37 56 30 »), email, url (https://…).
contacts: []
# Liens « Pour aller plus loin » : label, url (url absente si la source ne la donne pas).
links: []
${common(today)}
---
${body}`;
    case 'mesure':
      return `${head}
# Axe de la stratégie (axe-1 à axe-6) et rang dans l'axe.
axis: axe-1
order: 99
# Ligne « Mesure suivie par… » de la source.
followedBy: "À compléter : Mesure suivie par …"
territories: [region-occitanie]
keyFigures: []
funding: []
contacts: []
links: []
# Exemples locaux : id (unique, ex. a1-aude-titre), title, placeLabel, territories, summary, keyFigures.
examples: []
${common(today).replace('guide-conference-2021', 'bilan-strategie-2021')}
---
${body}`;
    case 'action':
      return `${head}
# Territoire dont le pacte porte l'action (identifiant de content/territoires/).
territory: aude
# Sous-axe (1-1 à 3-3) auquel l'action appartient par son contenu.
sousAxe: 1-1
# Objectifs, dans l'ordre de la source.
objectives:
  - "À compléter : premier objectif"
# Calendrier tel que la source l'écrit (« Dès 2024 sur 4 ans »), année de début et durée.
timingText: Dès 2024 sur 4 ans
startYear: 2024
durationYears: 4
# nouvelle, renforcement ou non-precise.
nature: non-precise
${common(today).replace('guide-conference-2021', 'pactes-solidarites-2024')}
---
${body}`;
    case 'figure':
      return `${head}
order: 7
nameVariants: []
question: "Et si demain… (À compléter)"
finalite: "À compléter : la finalité de la figure."
ccasActions:
  - "À compléter : ce que fait le CCAS"
newActors: []
vigilance: []
# Exactement deux variantes de scénario.
scenarios:
  - title: "À compléter"
    summary: "À compléter"
  - title: "À compléter"
    summary: "À compléter"
leMans:
  title: "À compléter"
  summary: "À compléter"
${common(today).replace('guide-conference-2021', 'unccas-manuel-inspiration')}
---
${body}`;
    case 'vision':
      return `${head}
# Ville de l'atelier : Paris, Lyon, Bordeaux ou Nancy ; année ; rang dans la ville.
city: Paris
year: 2019
order: 99
# Figures de CCAS inspirées (identifiants de content/figures/).
figures: [le-ccas-radar]
${common(today).replace('guide-conference-2021', 'unccas-manuel-inspiration')}
---
${body}`;
    case 'exemple':
      throw new Error('Un exemple local s’ajoute dans le champ examples de sa mesure, pas dans un fichier à part.');
    default:
      throw new Error(`Pas de gabarit pour le type « ${kind} » (scaffold: false dans le registre).`);
  }
}
