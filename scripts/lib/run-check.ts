import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import {
  formatProblems,
  sheetBodyChecker,
  validateContent,
  type BodyChecker,
  type BodyKeeper,
  type ContentProblem,
} from './content-check';
import { readSiteRoutes } from './site-routes';
import { readContent } from './read-content';
import type { CompiledBody } from '../../src/lib/body';

/** The outcome of `npm run check:content`: exit code and what it prints. */
export interface CheckRun {
  code: 0 | 1;
  stdout: string;
  stderr: string;
  problems: ContentProblem[];
}

/**
 * Everything `npm run check:content` does, without exiting: reads every file under contentRoot, checks it,
 * and words the result in French. Never throws: an unexpected failure is reported as a French problem
 * naming the content folder, never as a stack trace.
 * @param keep collects the bodies rendered without problems (see src/lib/body/cache.ts).
 * @param precompiled bodies compiled beforehand on worker threads (scripts/lib/body-threads.ts).
 */
export function runCheck(
  contentRoot: string,
  projectRoot: string,
  checkBody?: BodyChecker,
  keep?: BodyKeeper,
  precompiled?: ReadonlyMap<string, CompiledBody>,
): CheckRun {
  let problems: ContentProblem[];
  let count = 0;
  try {
    if (!existsSync(contentRoot)) throw new Error(`dossier ${contentRoot} introuvable`);
    const { entries, problems: fileProblems } = readContent(contentRoot, projectRoot);
    count = entries.length + fileProblems.length;
    problems = [
      ...fileProblems,
      ...validateContent(entries, {
        checkBody: checkBody ?? sheetBodyChecker(readSiteRoutes(projectRoot, contentRoot), keep, precompiled),
      }),
    ];
  } catch (error) {
    const where = relative(projectRoot, contentRoot) || contentRoot;
    problems = [
      {
        file: where,
        field: 'fichier',
        message: `lecture du contenu impossible (${error instanceof Error ? error.message.split('\n')[0] : String(error)}) : vérifiez que le dossier existe et que ses fichiers sont lisibles`,
      },
    ];
  }
  if (problems.length > 0) {
    return {
      code: 1,
      stdout: '',
      stderr: `${formatProblems(problems)}\n\n${problems.length} problème(s) dans le contenu : corrigez-les avant de construire le site.\n`,
      problems,
    };
  }
  return { code: 0, stdout: `Contenu valide : ${count} fichiers vérifiés.\n`, stderr: '', problems };
}
