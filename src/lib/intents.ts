import type { IntentId } from '../schemas/atelier';
import { countWord } from './format';

/**
 * Entry points « by intent » on the home page: the conference guide's « Je souhaite… » phrasings (sommaire
 * wording), then a few the editors added (`editorial: true`), which the home page shows apart, labelled
 * « Ajout de la rédaction ». Each leads to a theme page (`theme`) or, for a guide intent that no theme
 * matches, to the ateliers the guide files under it (`intent`: `/ateliers/#<intent>`).
 */
export type HomeIntent = { label: string; editorial?: true } & (
  { theme: string; intent?: undefined } | { intent: IntentId; theme?: undefined }
);

export const HOME_INTENTS: readonly HomeIntent[] = [
  {
    label: 'Je souhaite augmenter le nombre de places en crèches et améliorer l’accueil des enfants des familles défavorisées',
    theme: 'petite-enfance',
  },
  { label: 'Je souhaite assurer aux enfants un petit-déjeuner et au moins un repas équilibré par jour', theme: 'alimentation' },
  // The guide files only the Sète atelier (« Objectif : un centre social par QPV ») here; no theme is about QPV.
  { label: 'Je souhaite rompre l’isolement des familles dans les QPV', intent: 'isolement-qpv' },
  { label: 'Je souhaite accompagner les jeunes dans la construction de leur avenir', theme: 'jeunesse' },
  { label: 'Je souhaite améliorer l’accès aux droits', theme: 'acces-aux-droits' },
  { label: 'Je souhaite faciliter l’accès à l’emploi de tous', theme: 'emploi-insertion' },
  { label: 'Je souhaite œuvrer à la cohésion / structuration de mon territoire', theme: 'gouvernance-ccas' },
  { label: 'Je souhaite aider les habitants à se déplacer sans voiture ou sans permis', theme: 'mobilite', editorial: true },
  { label: 'Je souhaite éviter les expulsions et loger les plus démunis', theme: 'logement-hebergement', editorial: true },
  { label: 'Je souhaite rompre l’isolement des personnes âgées', theme: 'personnes-agees', editorial: true },
  {
    label: 'Je souhaite aider les familles à faire face à leurs factures d’énergie',
    theme: 'precarite-energetique',
    editorial: true,
  },
];

/** The page an entry point leads to: its theme, or the ateliers the guide files under the intent. */
export function intentHref(i: HomeIntent): string {
  return i.theme !== undefined ? `/themes/${i.theme}/` : `/ateliers/#${i.intent}`;
}

/**
 * What the home page shows in brackets after an entry point: the name of its theme, or how many ateliers
 * the guide files under the intent (« un atelier du guide », « deux ateliers du guide »).
 * @param themeName the name of the entry's theme, if it leads to one.
 * @param atelierCount the number of ateliers filed under the entry's intent, if it leads to them.
 */
export function intentNote(i: HomeIntent, themeName: string | undefined, atelierCount: number): string | undefined {
  if (i.theme !== undefined) return themeName;
  return `${countWord(atelierCount)} atelier${atelierCount > 1 ? 's' : ''} du guide`;
}
