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
