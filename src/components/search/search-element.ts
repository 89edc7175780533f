import {
  FILTER_KEYS,
  hasCriteria,
  orderValues,
  parseSearchParams,
  resultCountLabel,
  toSearchParams,
  withoutFilter,
  type FilterKey,
  type SearchState,
} from '../../lib/search-state';
import { localHref } from '../../lib/site-links';
import { FACETS } from '../../lib/facets';
import { chooseBackend, type ResultData, type SearchBackend } from './backends';

interface Config {
  orders: Record<string, string[]>;
  themeLinks: Record<string, string>;
  labels: Record<FilterKey, string>;
}

const PAGE_SIZE = 20;

/** The <atlas-search> element: DOM glue over a search backend; state logic lives in lib/search-state. */
class AtlasSearch extends HTMLElement {
  private backend?: SearchBackend;
  /** Relative path to the site root in the offline edition (data-root on <html>), null online. */
  private root = document.documentElement.dataset.root ?? null;
  private config!: Config;
  private state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  private shown = 0;
  private results: { data(): Promise<ResultData> }[] = [];

  async connectedCallback() {
    this.config = JSON.parse(this.querySelector('[data-config]')?.textContent ?? '{}') as Config;
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('#search-q')!;
    input.value = this.state.q;
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      this.state = { ...this.readForm(), q: input.value.trim() };
      void this.run(true);
    });
    form.addEventListener('change', (event) => {
      if ((event.target as HTMLElement).matches('input[type=checkbox]')) {
        this.state = { ...this.readForm(), q: input.value.trim() };
        void this.run(true);
      }
    });
    window.addEventListener('popstate', () => {
      this.state = parseSearchParams(new URLSearchParams(location.search));
      input.value = this.state.q;
      void this.renderFilters().then(() => this.run(false));
    });
    this.backend = await chooseBackend();
    await this.renderFilters();
    await this.run(false);
  }

  private readForm(): SearchState {
    const state = parseSearchParams(new URLSearchParams());
    for (const box of this.querySelectorAll<HTMLInputElement>('input[type=checkbox]:checked')) {
      state.filters[box.name as FilterKey].push(box.value);
    }
    return state;
  }

  private async renderFilters() {
    const available = await this.backend!.filters();
    const host = this.querySelector<HTMLElement>('[data-filters]')!;
    host.replaceChildren();
    for (const key of FILTER_KEYS) {
      const counts = available[key] ?? {};
      const values = orderValues(Object.keys(counts), this.config.orders[key]);
      if (values.length === 0) continue;
      const details = document.createElement('details');
      details.open = this.state.filters[key].length > 0 || FACETS.some((f) => f.key === key && 'open' in f && f.open);
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
        label.textContent = `${value} (${new Intl.NumberFormat('fr-FR').format(counts[value] ?? 0)})`;
        const row = document.createElement('div');
        row.append(box, label);
        fieldset.append(row);
      });
      details.append(summary, fieldset);
      host.append(details);
    }
    host.hidden = false;
  }

  private async run(push: boolean) {
    const params = toSearchParams(this.state).toString();
    const target = `${location.pathname}${params ? `?${params}` : ''}`;
    if (push && target !== `${location.pathname}${location.search}`) history.pushState(null, '', target);
    const status = this.querySelector<HTMLElement>('[data-status]')!;
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    list.replaceChildren();
    status.textContent = 'Recherche en cours…';
    this.querySelector('[data-more]')!.replaceChildren();
    if (!hasCriteria(this.state)) {
      status.textContent = 'Saisissez un mot ou choisissez un filtre.';
      return;
    }
    this.results = await this.backend!.search(this.state);
    this.shown = 0;
    if (this.results.length === 0) this.renderEmpty(list);
    else await this.showMore();
    status.textContent = resultCountLabel(this.results.length);
  }

  private async showMore() {
    const list = this.querySelector<HTMLElement>('[data-results]')!;
    const batch = await Promise.all(this.results.slice(this.shown, this.shown + PAGE_SIZE).map((r) => r.data()));
    for (const data of batch) list.append(this.renderResult(data));
    this.shown += batch.length;
    const more = this.querySelector<HTMLElement>('[data-more]')!;
    more.replaceChildren();
    if (this.shown < this.results.length) {
      const button = Object.assign(document.createElement('button'), { type: 'button', className: 'secondary' });
      button.textContent = `Afficher plus de résultats (${this.results.length - this.shown} restants)`;
      button.addEventListener('click', () => void this.showMore());
      more.append(button);
    }
  }

  private renderResult(data: ResultData): HTMLLIElement {
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

  private renderEmpty(list: HTMLElement) {
    const li = document.createElement('li');
    li.className = 'note';
    const p = document.createElement('p');
    p.textContent = 'Rien ne correspond. Essayez :';
    const ul = document.createElement('ul');
    for (const key of FILTER_KEYS) {
      for (const value of this.state.filters[key]) {
        const item = document.createElement('li');
        const link = Object.assign(document.createElement('a'), {
          href: `?${toSearchParams(withoutFilter(this.state, key, value)).toString()}`,
        });
        link.textContent = `retirer le filtre «\u00A0${value}\u00A0»`;
        item.append(link);
        ul.append(item);
      }
    }
    const themes = Object.entries(this.config.themeLinks).slice(0, 6);
    const item = document.createElement('li');
    item.append('parcourir un thème\u00A0: ');
    themes.forEach(([name, href], i) => {
      const link = Object.assign(document.createElement('a'), { href: localHref(href, this.root) });
      link.textContent = name;
      item.append(link, i < themes.length - 1 ? ', ' : '');
    });
    ul.append(item);
    li.append(p, ul);
    list.append(li);
  }
}

/** Registers <atlas-search> once. */
export function defineSearchElement() {
  if (!customElements.get('atlas-search')) customElements.define('atlas-search', AtlasSearch);
}
