import { hasCriteria, parseSearchParams, toSearchParams, type FilterKey } from '../../lib/search-state';
import { sortResults } from '../../lib/search-match';
import { describeSearch, informationLines } from '../../lib/dossier';
import { plural } from '../../lib/format';
import { localHref } from '../../lib/site-links';
import { chooseBackend, type Hit } from '../search/backends';
import { setPrintDate } from './print-date';

interface Config {
  labels: Record<FilterKey, string>;
  /** Département names in INSEE order, for the sort « par département ». */
  departements: string[];
  wideScope: string;
}

/** What is left out of a sheet in a dossier: the notes about the sources, sharing, print buttons, scripts. */
const LEFT_OUT = '.no-print, [data-source-notes], .share-actions, atlas-print, [data-glossary-terms], script, style, noscript';
/** Sheet pages fetched at once. */
const PARALLEL = 4;

/** One sheet of the selection, as printed. */
interface Loaded {
  hit: Hit;
  article: HTMLElement;
  title: string;
  info?: { title: string; date: string };
}

/**
 * Shifts the headings of a fetched sheet so that its title is an h2 under the dossier's h1, and
 * prefixes its ids (and what refers to them) so that two sheets never share one.
 */
function fit(el: HTMLElement, prefix: string) {
  const headings = [...el.querySelectorAll<HTMLElement>('h1, h2, h3, h4, h5, h6')];
  const top = Math.min(...headings.map((h) => Number(h.tagName[1])), 6);
  for (const h of headings) {
    const level = Math.min(6, Number(h.tagName[1]) - top + 2);
    const next = el.ownerDocument.createElement(`h${level}`);
    for (const attr of h.attributes) next.setAttribute(attr.name, attr.value);
    next.append(...h.childNodes);
    h.replaceWith(next);
  }
  const ids = new Set([...el.querySelectorAll('[id]')].map((x) => x.id));
  if (el.id) ids.add(el.id);
  const map = (id: string) => (ids.has(id) ? `${prefix}-${id}` : id);
  for (const x of el.querySelectorAll<HTMLElement>('[id]')) x.id = map(x.id);
  for (const name of ['aria-labelledby', 'aria-describedby', 'aria-controls', 'for']) {
    for (const x of el.querySelectorAll(`[${name}]`)) x.setAttribute(name, x.getAttribute(name)!.split(/\s+/).map(map).join(' '));
  }
  for (const a of el.querySelectorAll<HTMLAnchorElement>('a[href^="#"]'))
    a.setAttribute('href', `#${map(a.getAttribute('href')!.slice(1))}`);
}

/**
 * <atlas-dossier>: the dossier of a search selection. It runs the search of its URL (the same
 * parameters as /recherche/, through the same backend and sort), loads each result's own page from
 * the site, and assembles a cover, a table of contents and the sheets, ready to print.
 */
class AtlasDossier extends HTMLElement {
  private root = document.documentElement.dataset.root ?? null;

  async connectedCallback() {
    const config = JSON.parse(this.querySelector('[data-config]')?.textContent ?? '{}') as Config;
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const state = parseSearchParams(new URLSearchParams(location.search));
    const params = toSearchParams(state).toString();
    const back = document.querySelector<HTMLAnchorElement>('[data-back]');
    if (back) back.href = localHref(`/recherche/${params ? `?${params}` : ''}`, this.root);
    if (!hasCriteria(state)) {
      status.textContent =
        'Aucune sélection\u00A0: faites d’abord une recherche, puis choisissez «\u00A0Imprimer ce dossier\u00A0».';
      return;
    }
    if (location.protocol === 'file:') {
      status.textContent =
        'Dans la copie hors ligne, le navigateur ne permet pas d’assembler plusieurs fiches en un seul dossier. ' +
        'Revenez à la recherche et imprimez les fiches une à une avec le bouton «\u00A0Imprimer la fiche\u00A0» de chacune, ' +
        'ou imprimez le dossier d’un département ou d’un thème, qui fonctionne hors ligne.';
      this.dataset.state = 'offline';
      return;
    }
    try {
      const backend = await chooseBackend();
      const hits = sortResults(await backend.search(state), state.sort, config.departements, config.wideScope);
      if (hits.length === 0) {
        status.textContent = 'Cette recherche ne donne aucune fiche\u00A0: il n’y a rien à imprimer.';
        return;
      }
      status.textContent = `Préparation du dossier (${plural(hits.length, 'fiche')})…`;
      const loaded = await this.loadAll(hits);
      this.render(loaded, describeSearch(state, config.labels));
      status.textContent = `Dossier prêt\u00A0: ${plural(loaded.length, 'fiche')}. Utilisez «\u00A0Imprimer ce dossier\u00A0».`;
      this.dataset.state = 'ready';
    } catch (error) {
      status.textContent = `Le dossier n’a pas pu être préparé (${(error as Error).message}). Imprimez les fiches une à une depuis la recherche.`;
      this.dataset.state = 'error';
    }
  }

  private async loadAll(hits: Hit[]): Promise<Loaded[]> {
    const out: Loaded[] = new Array(hits.length);
    let next = 0;
    const worker = async () => {
      while (next < hits.length) {
        const i = next++;
        out[i] = await this.load(hits[i]!, i);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, hits.length) }, worker));
    return out;
  }

  private async load(hit: Hit, index: number): Promise<Loaded> {
    const [page = '', anchor] = hit.url.split('#');
    const response = await fetch(page);
    if (!response.ok) throw new Error(`${page} : erreur ${response.status}`);
    const doc = new DOMParser().parseFromString(await response.text(), 'text/html');
    const found = anchor ? doc.getElementById(decodeURIComponent(anchor)) : doc.querySelector('article.sheet');
    if (!found) throw new Error(`${hit.url} : fiche introuvable`);
    const infoDate = doc.querySelector<HTMLElement>('article.sheet [data-info-date]');
    for (const x of found.querySelectorAll(LEFT_OUT)) x.remove();
    const article = document.createElement('article');
    article.className = 'dossier-sheet';
    article.id = `fiche-${index + 1}`;
    article.dataset.url = hit.url;
    const eyebrow = Object.assign(document.createElement('p'), {
      className: 'eyebrow',
      textContent: [hit.meta.kind, hit.meta.place].filter(Boolean).join(' · '),
    });
    const body = document.importNode(found, true) as HTMLElement;
    fit(body, article.id);
    body.removeAttribute('id');
    body.className = 'dossier-body';
    article.append(eyebrow, body);
    const title = hit.meta.title ?? found.querySelector('h1, h2, h3')?.textContent?.trim() ?? hit.url;
    const date = infoDate?.dataset.infoDate;
    const source = infoDate?.dataset.sourceTitle;
    return { hit, article, title, ...(date && source ? { info: { title: source, date } } : {}) };
  }

  private render(loaded: Loaded[], selection: string[]) {
    const lines = this.querySelector<HTMLElement>('[data-selection-lines]')!;
    lines.replaceChildren(...selection.map((line) => Object.assign(document.createElement('li'), { textContent: line })));
    this.querySelector('[data-count]')!.textContent = plural(loaded.length, 'fiche');
    const dates = informationLines(loaded.flatMap((l) => (l.info ? [l.info] : [])));
    this.querySelector('[data-information-dates]')!.replaceChildren(
      ...dates.map((line) => Object.assign(document.createElement('li'), { textContent: line })),
    );
    setPrintDate(this);
    const toc = this.querySelector<HTMLElement>('[data-toc]')!;
    toc.replaceChildren(
      ...loaded.map((l) => {
        const li = document.createElement('li');
        const a = Object.assign(document.createElement('a'), { href: `#${l.article.id}`, textContent: l.title });
        li.append(
          a,
          ' ',
          Object.assign(document.createElement('span'), { className: 'meta', textContent: `— ${l.hit.meta.kind ?? 'fiche'}` }),
        );
        return li;
      }),
    );
    this.querySelector('[data-sheets]')!.replaceChildren(...loaded.map((l) => l.article));
    this.querySelector<HTMLElement>('[data-cover-details]')!.hidden = false;
    this.querySelector<HTMLElement>('[data-dossier]')!.hidden = false;
  }
}

/** Registers <atlas-dossier> once. */
export function defineDossierElement() {
  if (!customElements.get('atlas-dossier')) customElements.define('atlas-dossier', AtlasDossier);
}
