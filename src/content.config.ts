import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { sheetLoader } from './loaders/sheet-loader';
import { z } from 'astro/zod';
import { COLLECTIONS, COLLECTION_SPECS, type CollectionName } from './schemas/registry';
import type { RefFactory } from './schemas/shared';

// Validation messages in French, for the editors who read build errors.
z.config(z.locales.fr());

const ref = reference as unknown as RefFactory;
// A build can read its content from another folder (tests/build/new-sheet.test.ts, the benchmark).
const contentDir = process.env.ATLAS_CONTENT_DIR ?? './content';
/** The loader of an MDX collection (editors' text): bodies rendered to sanitized HTML in the content layer (src/loaders/sheet-loader.ts), no MDX module. */
const mdx = (name: string) => sheetLoader(`${contentDir}/${name}`);
/** The loader of a YAML collection (reference data). */
const yaml = (name: string) => glob({ pattern: '**/*.yaml', base: `${contentDir}/${name}` });

type Loader = ReturnType<typeof glob>;
/** Every collection of the registry (src/schemas/registry.ts), with its typed schema. */
type Collections = { [C in CollectionName]: { loader: Loader; schema: ReturnType<(typeof COLLECTIONS)[C]['schema']> } };

export const collections = Object.fromEntries(
  COLLECTION_SPECS.map((spec) => [
    spec.name,
    defineCollection({ loader: spec.ext === '.mdx' ? mdx(spec.dir) : yaml(spec.dir), schema: spec.schema(ref) }),
  ]),
) as Collections;
