/**
 * The HTML steps of the pipeline by name: what a worker thread prepares again from the step names it
 * is given (src/integrations/html-worker.ts). Their order in the build is POST_BUILD_STEPS's.
 */
import type { HtmlStep } from './html-pass';
import { frenchTypography } from './steps/french-typography';
import { tableHeaders } from './steps/table-headers';
import { shortQuotations } from './steps/quotations';
import { glossaryAbbreviations } from './steps/glossary-abbr';

export const HTML_STEPS: ReadonlyMap<string, HtmlStep> = new Map(
  [frenchTypography, tableHeaders, shortQuotations, glossaryAbbreviations].map((s) => [s.name, s]),
);
