import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { atelierSchema } from './schemas/atelier';
import { mesureSchema } from './schemas/mesure';
import { actionSchema } from './schemas/action';
import { figureSchema, visionSchema } from './schemas/figure';
import { axisSchema, pacteAxisSchema, sourceSchema, sousAxeSchema, territorySchema, themeSchema } from './schemas/reference-data';
import { contextPageSchema } from './schemas/context-page';
import { glossaryEntrySchema } from './schemas/glossary';
import type { RefFactory } from './schemas/shared';

// Validation messages in French, for the editors who read build errors.
z.config(z.locales.fr());

const ref = reference as unknown as RefFactory;
// The benchmark builds synthetic content from another folder (scripts/bench.ts).
const contentDir = process.env.ATLAS_CONTENT_DIR ?? './content';
const mdx = (name: string) => glob({ pattern: '**/*.mdx', base: `${contentDir}/${name}` });
const yaml = (name: string) => glob({ pattern: '**/*.yaml', base: `${contentDir}/${name}` });

export const collections = {
  ateliers: defineCollection({ loader: mdx('ateliers'), schema: atelierSchema(ref) }),
  mesures: defineCollection({ loader: mdx('mesures'), schema: mesureSchema(ref) }),
  actions: defineCollection({ loader: mdx('actions'), schema: actionSchema(ref) }),
  figures: defineCollection({ loader: mdx('figures'), schema: figureSchema(ref) }),
  visions: defineCollection({ loader: mdx('visions'), schema: visionSchema(ref) }),
  territoires: defineCollection({ loader: yaml('territoires'), schema: territorySchema(ref) }),
  themes: defineCollection({ loader: yaml('themes'), schema: themeSchema }),
  sources: defineCollection({ loader: yaml('sources'), schema: sourceSchema }),
  axes: defineCollection({ loader: yaml('axes'), schema: axisSchema }),
  pacteAxes: defineCollection({ loader: yaml('pacte-axes'), schema: pacteAxisSchema }),
  sousAxes: defineCollection({ loader: yaml('sous-axes'), schema: sousAxeSchema(ref) }),
  contexte: defineCollection({ loader: yaml('contexte'), schema: contextPageSchema(ref) }),
  glossaire: defineCollection({ loader: yaml('glossaire'), schema: glossaryEntrySchema(ref) }),
};
