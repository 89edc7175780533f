import { getAllSheets } from './sheets';
import { getCollection } from 'astro:content';
import { getDepartements, getLookups } from './lookups';
import { byOrder } from '../lib/order';
import {
  nearestExamples,
  sheetsOfDepartement,
  sheetsOfDepartementTheme,
  sheetsOfTheme,
  type TerritorySelection,
} from '../lib/selection';

/** The sheets of a département (src/lib/selection.ts), for its page and its dossier. */
export async function departementSheets(departementId: string): Promise<TerritorySelection> {
  const { territories } = await getLookups();
  return sheetsOfDepartement(await getAllSheets(), departementId, territories);
}

/** The sheets of a theme (src/lib/selection.ts), for its page and its dossier. */
export async function themeSheets(themeId: string) {
  return sheetsOfTheme(await getAllSheets(), themeId);
}

/** The sheets of a département on a theme (src/lib/selection.ts), for the combination page and its dossier. */
export async function departementThemeSheets(departementId: string, themeId: string): Promise<TerritorySelection> {
  const { territories } = await getLookups();
  return sheetsOfDepartementTheme(await getAllSheets(), departementId, themeId, territories);
}

/** The nearest examples of a theme for a département with nothing local: its neighbours’ local sheets. */
export async function nearestThemeExamples(departementId: string, themeId: string) {
  const { territories } = await getLookups();
  return nearestExamples(await getAllSheets(), departementId, themeId, territories);
}

/** Every (département, theme) pair, départements in INSEE order and themes in vocabulary order. */
export async function departementThemePairs() {
  const themes = (await getCollection('themes')).sort(byOrder);
  return (await getDepartements()).flatMap((territory) => themes.map((theme) => ({ territory, theme })));
}
