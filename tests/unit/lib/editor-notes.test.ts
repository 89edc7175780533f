import { describe, expect, it } from 'vitest';
import { RENAMED_NOTES, splitEditorNotes, withRenameNotes } from '../../../src/lib/editor-notes';

describe('splitEditorNotes', () => {
  it('separates the notes about the sources from the editors’ own, in order', () => {
    const split = splitEditorNotes([
      { kind: 'source', text: 'a' },
      { kind: 'editorial', text: 'b' },
      { kind: 'source', text: 'c' },
    ]);
    expect(split).toEqual({ source: ['a', 'c'], editorial: ['b'] });
  });
});

describe('withRenameNotes', () => {
  const note = RENAMED_NOTES[0]?.text ?? '';
  it('adds the France Travail note once to a sheet that names Pôle emploi', () => {
    const notes = withRenameNotes([], 'une convention CNAF-Pôle emploi et Pôle Emploi du Gard');
    expect(notes).toEqual([{ kind: 'editorial', text: note }]);
    expect(withRenameNotes(notes, 'Pôle emploi')).toHaveLength(1);
  });
  it('adds nothing to a sheet that does not name it', () => {
    expect(withRenameNotes([{ kind: 'source', text: 'x' }], 'France Travail et la mission locale')).toHaveLength(1);
  });
});
