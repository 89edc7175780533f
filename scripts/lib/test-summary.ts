/** Reading vitest JSON reports and summing them into one closing line. */

/** The counts of one suite run. */
export interface SuiteCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** Extracts counts from a vitest JSON report (`--reporter=json`). */
export function countsFromVitestJson(report: {
  numPassedTests?: number;
  numFailedTests?: number;
  numPendingTests?: number;
  numTodoTests?: number;
}): SuiteCounts {
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Adds suite counts. */
export function sumCounts(all: readonly SuiteCounts[]): SuiteCounts {
  return all.reduce((a, b) => ({ passed: a.passed + b.passed, failed: a.failed + b.failed, skipped: a.skipped + b.skipped }), {
    passed: 0,
    failed: 0,
    skipped: 0,
  });
}

/** The plain closing line CI reads: « 42 passed, 0 failed » (with «, N skipped » when any). */
export function summaryLine(counts: SuiteCounts): string {
  return `${counts.passed} passed, ${counts.failed} failed${counts.skipped > 0 ? `, ${counts.skipped} skipped` : ''}`;
}
