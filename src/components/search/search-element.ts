import {
  FILTER_KEYS,
  SORT_ORDERS,
  activeFilterCount,
  hasCriteria,
  orderValues,
  parseSearchParams,
  resultCountLabel,
  toSearchParams,
  withoutFilter,
  type FilterKey,
  type SearchState,
  type SortOrder,
} from '../../lib/search-state';
import {
  countFilters,
  nearestThemes,
  sortResults,
  territoriesInQuery,
  withoutTerritories,
  type Named,
} from '../../lib/search-match';
import { localHref } from '../../lib/site-links';
import { communeInQuery, communeUrl } from '../../lib/communes';
import { FACETS } from '../../lib/facets';
import { loadCommuneIndex } from '../commune/commune-data';
import { chooseBackend, type Hit, type SearchBackend } from './backends';

interface Config {
  orders: Record<string, string[]>;
  /** Themes in vocabulary order. */
  themes: Named[];
  /** Départements in INSEE order, with « dans le Gers ». */
  departements: (Named & { dans: string })[];
  labels: Record<FilterKey, string>;
  /** The « portée » value of sheets valid in the whole region. */
  wideScope: string;
}

const PAGE_SIZE = 20;
const SORT_LABELS: Record<SortOrder, string> = { pertinence: 'pertinence', departement: 'département' };
const nf = new Intl.NumberFormat('fr-FR');

/** Where the list was left (depth and scroll), kept per search URL for the way back from a sheet. */
interface Saved {
  shown: number;
  scrollY: number;
}
const storageKey = () => `atlas-search:${location.search}`;

/** The <atlas-search> element: DOM glue over a search backend; logic lives in lib/search-state and lib/search-match. */
class AtlasSearch extends HTMLElement {
  private backend?: SearchBackend;
  /** Relative path to the site root in the offline edition (data-root on <html>), null online. */
  private root = document.documentElement.dataset.root ?? null;
  private config!: Config;
  private state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  private shown = 0;
  private results: Hit[] = [];
  private siteCounts: Record<string, Record<string, number>> = {};
  private saveTimer = 0;

  async connectedCallback() {
    this.config = JSON.parse(this.querySelector('[data-config]')?.textContent ?? '{}') as Config;
    if ('scrollRestoration' in history) history.scrollRestoration = 'manual';
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('#search-q')!;
    input.value = this.state.q;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.state = { ...this.readForm(), q: input.value.trim() };
      void this.run(true);
    });
    form.addEventListener('change', (event) => {
      const target = event.target as HTMLElement;
      if (target.matches('input[type=checkbox], select')) {
        this.state = { ...this.readForm(), q: input.value.trim() };
        void this.run(true);
      }
    });
    this.querySelector('[data-chips]')!.addEventListener('click', (event) => {
      const chip = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-key]');
      if (!chip) return;
      this.state = withoutFilter(this.state, chip.dataset.key as FilterKey, chip.value);
      void this.run(true);
    });
    const toggle = this.querySelector<HTMLButtonElement>('[data-filters-toggle]')!;
    toggle.addEventListener('click', () => {
      const open = toggle.getAttribute('aria-expanded') !== 'true';
      toggle.setAttribute('aria-expanded', String(open));
      this.querySelector<HTMLElement>('[data-filters]')!.classList.toggle('is-open', open);
    });
    window.addEventListener('popstate', () => {
      this.state = parseSearchParams(new URLSearchParams(location.search));
      input.value = this.state.q;
      void this.run(false);
    });
    window.addEventListener('scroll', () => this.scheduleSave(), { passive: true });
    window.addEventListener('pagehide', () => this.save());
    this.backend = await chooseBackend();
    this.siteCounts = await this.backend.filters();
    await this.run(false, this.restored());
  }

  /** The depth and scroll saved for this URL, when coming back to it. */
  private restored(): Saved | undefined {
    const fromHistory = history.state as Partial<Saved> | null;
    if (fromHistory && typeof fromHistory.shown === 'number') return fromHistory as Saved;
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
    if (nav?.type !== 'back_forward') return undefined;
    try {
      const raw = sessionStorage.getItem(storageKey());
      return raw ? (JSON.parse(raw) as Saved) : undefined;
    } catch {
      return undefined;
    }
  }

  private scheduleSave() {
    window.clearTimeout(this.saveTimer);
    this.saveTimer = window.setTimeout(() => this.save(), 150);
  }

  private save() {
    if (!hasCriteria(this.state)) return;
    const saved: Saved = { shown: this.shown, scrollY: Math.round(window.scrollY) };
    history.replaceState(saved, '');
    try {
      sessionStorage.setItem(storageKey(), JSON.stringify(saved));
    } catch {
      // Private browsing without storage: the history entry still holds it.
    }
  }

  private readForm(): SearchState {
    const state = parseSearchParams(new URLSearchParams());
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      state.filters[box.name as FilterKey].push(box.value);
    }
    const sort = this.querySelector<HTMLSelectElement>('select[name=tri]')?.value;
    if ((SORT_ORDERS as readonly (string | undefined)[]).includes(sort)) state.sort = sort as SortOrder;
    return state;
  }

  /**
   * The filters, with the counts of the current results (site-wide before any search). Values with
   * no result are left out unless ticked.
   */
  private renderFilters(counts: Record<string, Record<string, number>>) {
    const host = this.querySelector<HTMLElement>('[data-filters]')!;
    const wasOpen = new Set([...host.querySelectorAll<HTMLDetailsElement>('details[open]')].map((d) => d.dataset.key));
    host.replaceChildren();
    for (const key of FILTER_KEYS) {
      const available = counts[key] ?? {};
      const values = orderValues([...new Set([...Object.keys(available), ...this.state.filters[key]])], this.config.orders[key]);
      if (values.length === 0) continue;
      const details = document.createElement('details');
      details.dataset.key = key;
      details.open =
        this.state.filters[key].length > 0 ||
        wasOpen.has(key) ||
        (wasOpen.size === 0 && FACETS.some((f) => f.key === key && 'open' in f && f.open));
      const summary = document.createElement('summary');
      summary.textContent = this.config.labels[key];
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.className = 'visually-hidden';
      legend.textContent = this.config.labels[key];
      fieldset.append(legend);
      values.forEach((value, i) => {
        const id = `f-${key}-${i}`;
        const box = Object.assign(document.createElement('input'), { type: 'checkbox', id, name: key, value });
        box.checked = this.state.filters[key].includes(value);
        const label = document.createElement('label');
        label.htmlFor = id;
        label.textContent = `${value} (${nf.format(available[value] ?? 0)})`;
        const row = document.createElement('div');
        row.append(box, label);
        fieldset.append(row);
      });
      details.append(summary, fieldset);
      host.append(details);
    }
    const sort = document.createElement('div');
    sort.className = 'search-sort';
    const label = Object.assign(document.createElement('label'), { htmlFor: 'search-sort', textContent: 'Trier par ' });
    const select = Object.assign(document.createElement('select'), { id: 'search-sort', name: 'tri' });
    for (const order of SORT_ORDERS) {
      const option = Object.assign(document.createElement('option'), { value: order, textContent: SORT_LABELS[order] });
      option.selected = this.state.sort === order;
      select.append(option);
    }
    sort.append(label, select);
    host.append(sort);
    host.hidden = false;
    const active = activeFilterCount(this.state);
    const toggle = this.querySelector<HTMLElement>('[data-filters-toggle]')!;
    toggle.textContent = active > 0 ? `Filtres (${nf.format(active)} actif${active > 1 ? 's' : ''})` : 'Filtres';
    toggle.hidden = false;
  }

  /** The active filters as removable chips. */
  private renderChips() {
    const host = this.querySelector<HTMLElement>('[data-chips]')!;
    host.replaceChildren();
    for (const key of FILTER_KEYS) {
      for (const value of this.state.filters[key]) {
        const li = document.createElement('li');
        const button = Object.assign(document.createElement('button'), { type: 'button', className: 'chip', value });
        button.dataset.key = key;
        button.setAttribute('aria-label', `Retirer le filtre ${this.config.labels[key]}\u00A0: ${value}`);
        button.append(`${value} `, Object.assign(document.createElement('span'), { ariaHidden: 'true', textContent: '×' }));
        li.append(button);
        host.append(li);
      }
    }
    host.hidden = host.childElementCount === 0;
  }

  private async run(push: boolean, restore?: Saved) {
    const params = toSearchParams(this.state).toString();
    const target = `${location.pathname}${params ? `?${params}` : ''}`;
    if (push && target !== `${location.pathname}${location.search}`) history.pushState(null, '', target);
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    list.replaceChildren();
    status.textContent = 'Recherche en cours…';
    this.querySelector('[data-more]')!.replaceChildren();
    this.renderChips();
    void this.renderPlaces();
    if (!hasCriteria(this.state)) {
      this.results = [];
      this.renderDossierLink(params);
      this.renderFilters(this.siteCounts);
      status.textContent = 'Saisissez un mot ou choisissez un filtre.';
      return;
    }
    const found = await this.backend!.search(this.state);
    this.results = sortResults(
      found,
      this.state.sort,
      this.config.departements.map((d) => d.name),
      this.config.wideScope,
    );
    this.renderFilters(await this.facetCounts());
    this.shown = 0;
    if (this.results.length === 0) this.renderEmpty(list);
    else this.showMore(Math.max(PAGE_SIZE, restore?.shown ?? 0));
    status.textContent = resultCountLabel(this.results.length);
    this.renderDossierLink(params);
    if (restore) window.scrollTo(0, restore.scrollY);
    else this.save();
  }

  /**
   * Counts per filter value for the current query and filters. For a key in use, the counts come
   * from the same search without that key's own values, so that its other values stay offered with
   * the number of results they would add (values of one key are alternatives); the ticked value
   * still counts exactly the results shown.
   */
  private async facetCounts(): Promise<Record<string, Record<string, number>>> {
    const counts: Record<string, Record<string, number>> = countFilters(this.results);
    for (const key of FILTER_KEYS) {
      if (this.state.filters[key].length === 0) continue;
      const other: SearchState = { ...this.state, filters: { ...this.state.filters, [key]: [] } };
      counts[key] = hasCriteria(other)
        ? (countFilters(await this.backend!.search(other))[key] ?? {})
        : (this.siteCounts[key] ?? {});
    }
    return counts;
  }

  /** « Condom (Gers) » first when the query names a commune of Occitanie or gives its postcode. */
  private async renderPlaces() {
    const host = this.querySelector<HTMLElement>('[data-places]')!;
    host.replaceChildren();
    host.hidden = true;
    if (!this.state.q) return;
    const index = await loadCommuneIndex().catch(() => undefined);
    if (!index) return;
    const rows = communeInQuery(index.communes, this.state.q).slice(0, 5);
    if (rows.length === 0) return;
    const p = document.createElement('p');
    p.textContent = rows.length > 1 ? 'Ces communes d’Occitanie portent ce nom\u00A0:' : 'Ma commune\u00A0:';
    const ul = document.createElement('ul');
    ul.className = 'plain-list';
    for (const row of rows) {
      const li = document.createElement('li');
      const a = Object.assign(document.createElement('a'), { href: localHref(communeUrl(row[0]), this.root) });
      a.textContent = `${row[1]} (${index.departements[row[3]]?.name ?? row[3]})`;
      li.append(a, ' — les fiches qui la concernent');
      ul.append(li);
    }
    host.append(p, ul);
    host.hidden = false;
  }

  /** « Imprimer ce dossier »: the dossier of exactly this selection (same parameters, /dossier/). */
  private renderDossierLink(params: string) {
    const host = this.querySelector<HTMLElement>('[data-dossier-link]')!;
    host.hidden = this.results.length === 0;
    const a = host.querySelector('a')!;
    a.href = localHref(`/dossier/?${params}`, this.root);
    a.textContent = `Imprimer ce dossier (${this.results.length > 1 ? `${nf.format(this.results.length)}\u00A0fiches` : '1\u00A0fiche'})`;
  }

  private showMore(count = PAGE_SIZE) {
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const batch = this.results.slice(this.shown, this.shown + count);
    for (const data of batch) list.append(this.renderResult(data));
    this.shown += batch.length;
    const more = this.querySelector<HTMLElement>('[data-more]')!;
    more.replaceChildren();
    if (this.shown < this.results.length) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary' });
      button.textContent = `Afficher plus de résultats (${nf.format(this.results.length - this.shown)} restant${this.results.length - this.shown > 1 ? 's' : ''})`;
      button.addEventListener('click', () => {
        this.showMore();
        this.save();
      });
      more.append(button);
    }
  }

  private renderResult(data: Hit): HTMLLIElement {
    const li = document.createElement('li');
    const eyebrow = document.createElement('p');
    eyebrow.className = 'eyebrow';
    eyebrow.textContent = [data.meta.kind, data.meta.place].filter(Boolean).join(' · ');
    const h = document.createElement('h2');
    const a = Object.assign(document.createElement('a'), { href: localHref(data.url, this.root) });
    a.textContent = data.meta.title ?? data.url;
    h.append(a);
    const excerpt = document.createElement('p');
    excerpt.innerHTML = data.excerpt; // Both backends escape the text and add only <mark>.
    li.append(eyebrow, h, excerpt);
    return li;
  }

  private link(text: string, href: string): HTMLAnchorElement {
    const a = Object.assign(document.createElement('a'), { href });
    a.textContent = text;
    return a;
  }

  /** Next steps when nothing matches: the nearest theme, the département named, removing a filter. */
  private renderEmpty(list: HTMLElement) {
    const li = document.createElement('li');
    li.className = 'note';
    const p = document.createElement('p');
    p.textContent = 'Rien ne correspond. Essayez\u00A0:';
    const ul = document.createElement('ul');
    const add = (...nodes: (Node | string)[]) => {
      const item = document.createElement('li');
      item.append(...nodes);
      ul.append(item);
    };
    const named = territoriesInQuery(this.state.q, this.config.departements);
    const rest = withoutTerritories(this.state.q, named);
    const themes = nearestThemes(rest || this.state.q, this.config.themes);
    for (const dep of named) {
      for (const theme of themes.slice(0, 1)) {
        const state: SearchState = {
          ...this.state,
          q: '',
          filters: { ...this.state.filters, theme: [theme.name], territoire: [dep.name] },
        };
        add(this.link(`le thème ${theme.name} ${dep.dans}`, `?${toSearchParams(state).toString()}`));
      }
      if (rest) {
        const state: SearchState = { ...this.state, q: rest, filters: { ...this.state.filters, territoire: [dep.name] } };
        add(this.link(`«\u00A0${rest}\u00A0» avec le filtre ${dep.name}`, `?${toSearchParams(state).toString()}`));
      }
      add(this.link(`toutes les fiches ${dep.dans}`, localHref(dep.href, this.root)));
    }
    for (const key of FILTER_KEYS) {
      for (const value of this.state.filters[key]) {
        add(
          this.link(
            `retirer le filtre «\u00A0${value}\u00A0»`,
            `?${toSearchParams(withoutFilter(this.state, key, value)).toString()}`,
          ),
        );
      }
    }
    if (themes.length > 0) {
      const nodes: (Node | string)[] = [themes.length > 1 ? 'les thèmes proches\u00A0: ' : 'le thème le plus proche\u00A0: '];
      themes.forEach((t, i) => nodes.push(this.link(t.name, localHref(t.href, this.root)), i < themes.length - 1 ? ', ' : ''));
      add(...nodes);
    } else {
      add(this.link('la liste des thèmes', localHref('/themes/', this.root)));
    }
    if (named.length === 0) add(this.link('les fiches de votre département', localHref('/departements/', this.root)));
    li.append(p, ul);
    list.append(li);
  }
}

/** Registers <atlas-search> once. */
export function defineSearchElement() {
  if (!customElements.get('atlas-search')) customElements.define('atlas-search', AtlasSearch);
}
