import { getAllSheets } from './sheets';
import { getLookups } from './lookups';
import { sheetsOfDepartement, sheetsOfTheme, type TerritorySelection } from '../lib/selection';

/** The sheets of a département (src/lib/selection.ts), for its page and its dossier. */
export async function departementSheets(departementId: string): Promise<TerritorySelection> {
  const { territories } = await getLookups();
  return sheetsOfDepartement(await getAllSheets(), departementId, territories);
}

/** The sheets of a theme (src/lib/selection.ts), for its page and its dossier. */
export async function themeSheets(themeId: string) {
  return sheetsOfTheme(await getAllSheets(), themeId);
}
