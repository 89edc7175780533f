import { describe, expect, it } from 'vitest';
import { HOME_INTENTS, intentHref, intentNote } from '../../../src/lib/intents';
import { INTENTS, INTENT_IDS } from '../../../src/schemas/atelier';

describe('home page intents', () => {
  const guide = HOME_INTENTS.filter((i) => !i.editorial);

  it('lists every « Je souhaite… » of the guide, in the wording of its sommaire and in its order', () => {
    expect(guide.map((i) => i.label)).toEqual(INTENT_IDS.map((id) => INTENTS[id].label));
  });

  it('leads each entry to a theme page or to the ateliers filed under the intent', () => {
    for (const i of HOME_INTENTS) expect(intentHref(i)).toMatch(/^\/(themes\/[a-z-]+\/|ateliers\/#[a-z-]+)$/);
    expect(intentHref({ label: 'x', intent: 'isolement-qpv' })).toBe('/ateliers/#isolement-qpv');
  });

  it('says in brackets the theme, or how many ateliers of the guide the intent leads to', () => {
    expect(intentNote({ label: 'x', theme: 'jeunesse' }, 'Jeunesse', 0)).toBe('Jeunesse');
    expect(intentNote({ label: 'x', intent: 'isolement-qpv' }, undefined, 1)).toBe('un atelier du guide');
    expect(intentNote({ label: 'x', intent: 'isolement-qpv' }, undefined, 2)).toBe('deux ateliers du guide');
  });
});
