import type { EditorNote } from '../schemas/shared';

/** Editor's notes split by kind: the editors' own choices, and notes about the source documents. */
export interface SplitNotes {
  editorial: string[];
  source: string[];
}

/** Splits notes by kind, keeping their order. */
export function splitEditorNotes(notes: readonly EditorNote[]): SplitNotes {
  const out: SplitNotes = { editorial: [], source: [] };
  for (const n of notes) out[n.kind].push(n.text);
  return out;
}

/** Editorial notes the site adds wherever a sheet names something that has changed since its source. */
export const RENAMED_NOTES: readonly { pattern: RegExp; text: string }[] = [
  {
    pattern: /P[ôo]le[\s-]+emploi/i,
    text: 'Pôle emploi est devenu France Travail, le nom qu’emploie la synthèse des pactes locaux de 2024 : la source, antérieure, emploie l’ancien nom.',
  },
];

/**
 * The editorial notes to add to a sheet whose text names a renamed body (once per rename), after its
 * own notes; none when the sheet already has the same note.
 */
export function withRenameNotes(notes: readonly EditorNote[], text: string): EditorNote[] {
  const extra = RENAMED_NOTES.filter((r) => r.pattern.test(text) && !notes.some((n) => n.text === r.text)).map(
    (r): EditorNote => ({ kind: 'editorial', text: r.text }),
  );
  return [...notes, ...extra];
}
