import { describe, expect, it } from 'vitest';
import { HOME_INTENTS, intentHref } from '../../../src/lib/intents';
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
});
