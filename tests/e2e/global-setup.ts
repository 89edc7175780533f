import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/static-server';

/** Serves the production build (dist/) on 127.0.0.1 for the browser tests. */
export default async function setup(project: TestProject) {
  const dist = resolve(import.meta.dirname, '../../dist');
  if (!existsSync(resolve(dist, 'index.html')))
    throw new Error('dist/ est absent : lancer `npm run build` avant les tests navigateur');
  const { server, url } = await serveStatic(dist);
  project.provide('baseUrl', url);
  return () => new Promise<void>((done) => server.close(() => done()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
