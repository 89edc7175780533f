import type { CommuneIndex } from '../../lib/communes';

declare global {
  interface Window {
    /** Set by _offline/communes.js in the offline edition. */
    ATLAS_COMMUNES?: CommuneIndex;
  }
}

let loading: Promise<CommuneIndex> | undefined;

/** The commune index: shipped as a script in the offline edition, fetched from /communes.json online. */
export function loadCommuneIndex(): Promise<CommuneIndex> {
  loading ??= window.ATLAS_COMMUNES
    ? Promise.resolve(window.ATLAS_COMMUNES)
    : fetch(new URL('/communes.json', location.href)).then((r) => {
        if (!r.ok) throw new Error(`communes.json : ${r.status}`);
        return r.json() as Promise<CommuneIndex>;
      });
  return loading;
}
