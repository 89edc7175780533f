/**
 * Entry points « by intent » on the home page, each leading to a theme page: the conference guide's
 * « Je souhaite… » phrasings (sommaire wording), then a few the editors added (`editorial: true`),
 * which the home page shows apart, labelled « Ajout de la rédaction ».
 */
export const HOME_INTENTS: readonly { label: string; theme: string; editorial?: true }[] = [
  {
    label: 'Je souhaite augmenter le nombre de places en crèches et améliorer l’accueil des enfants des familles défavorisées',
    theme: 'petite-enfance',
  },
  { label: 'Je souhaite assurer aux enfants un petit-déjeuner et au moins un repas équilibré par jour', theme: 'alimentation' },
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
