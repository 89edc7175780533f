import type { z } from 'astro/zod';
import { atelierSchema } from '../../src/schemas/atelier';
import { actionSchema } from '../../src/schemas/action';
import { contextPageSchema } from '../../src/schemas/context-page';
import { glossaryEntrySchema } from '../../src/schemas/glossary';
import { figureSchema, visionSchema } from '../../src/schemas/figure';
import { mesureSchema } from '../../src/schemas/mesure';
import {
  axisSchema,
  pacteAxisSchema,
  sourceSchema,
  sousAxeSchema,
  territorySchema,
  themeSchema,
} from '../../src/schemas/reference-data';
import type { CollectionName, RefFactory } from '../../src/schemas/shared';

/** How a collection is stored on disk: its folder under `content/` and its file format. */
export interface CollectionSpec {
  name: CollectionName;
  /** Folder under `content/`. */
  dir: string;
  /** File extension of its entries. */
  ext: '.mdx' | '.yaml';
  /** Builds the zod schema, given a reference factory. */
  schema: (ref: RefFactory) => z.ZodType;
}

/** Every collection of the site, in the same order as `src/content.config.ts`. */
export const COLLECTION_SPECS: readonly CollectionSpec[] = [
  { name: 'ateliers', dir: 'ateliers', ext: '.mdx', schema: atelierSchema },
  { name: 'mesures', dir: 'mesures', ext: '.mdx', schema: mesureSchema },
  { name: 'actions', dir: 'actions', ext: '.mdx', schema: actionSchema },
  { name: 'figures', dir: 'figures', ext: '.mdx', schema: figureSchema },
  { name: 'visions', dir: 'visions', ext: '.mdx', schema: visionSchema },
  { name: 'territoires', dir: 'territoires', ext: '.yaml', schema: territorySchema },
  { name: 'themes', dir: 'themes', ext: '.yaml', schema: () => themeSchema },
  { name: 'sources', dir: 'sources', ext: '.yaml', schema: () => sourceSchema },
  { name: 'axes', dir: 'axes', ext: '.yaml', schema: () => axisSchema },
  { name: 'pacteAxes', dir: 'pacte-axes', ext: '.yaml', schema: () => pacteAxisSchema },
  { name: 'sousAxes', dir: 'sous-axes', ext: '.yaml', schema: sousAxeSchema },
  { name: 'contexte', dir: 'contexte', ext: '.yaml', schema: contextPageSchema },
  { name: 'glossaire', dir: 'glossaire', ext: '.yaml', schema: glossaryEntrySchema },
];
