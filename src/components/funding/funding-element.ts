import { matchesFunding, type FundingFilter, type FundingSortKey } from '../../lib/funding-table';
import { plural } from '../../lib/format';

const SORT_LABELS: Record<FundingSortKey, string> = {
  amount: 'montant',
  funder: 'financeur',
  year: 'année',
  sheet: 'fiche',
};

/** `<atlas-funding>`: filters (funder, theme, territory) and sortable columns over a full static table. */
export function defineFundingElement(): void {
  if (customElements.get('atlas-funding')) return;
  customElements.define(
    'atlas-funding',
    class extends HTMLElement {
      connectedCallback(): void {
        const form = this.querySelector<HTMLFormElement>('[data-funding-filters]');
        const tbody = this.querySelector<HTMLTableSectionElement>('[data-funding-table] tbody');
        const count = this.querySelector<HTMLElement>('[data-funding-count]');
        if (!form || !tbody || !count) return;
        const rows = [...tbody.querySelectorAll<HTMLTableRowElement>('tr[data-funding-row]')];
        const words = (s: string | undefined) => (s ? s.split(' ').filter(Boolean) : []);
        const apply = () => {
          const data = new FormData(form);
          const f: FundingFilter = {
            funder: String(data.get('funder') ?? ''),
            theme: String(data.get('theme') ?? ''),
            territory: String(data.get('territory') ?? ''),
          };
          let shown = 0;
          for (const tr of rows) {
            const ok = matchesFunding(
              {
                funders: words(tr.dataset.funders),
                themes: words(tr.dataset.themes).map((id) => ({ id, label: id })),
                territories: words(tr.dataset.territories).map((id) => ({ id, label: id })),
              },
              f,
            );
            tr.hidden = !ok;
            if (ok) shown += 1;
          }
          count.textContent =
            shown === rows.length ? plural(rows.length, 'montant') : `${plural(shown, 'montant')} sur ${rows.length}`;
        };
        // The filter compares funder ids; the rows carry funder ids already (data-funders).
        form.hidden = false;
        form.addEventListener('change', apply);
        form.addEventListener('reset', () => setTimeout(apply, 0));
        form.addEventListener('submit', (e) => e.preventDefault());

        // Sorting: a button in each sortable header, aria-sort on the active one.
        const headers = [...this.querySelectorAll<HTMLTableCellElement>('th[data-sort]')];
        for (const th of headers) {
          const key = th.dataset.sort as FundingSortKey;
          const button = document.createElement('button');
          button.type = 'button';
          button.textContent = th.textContent ?? '';
          // The visible heading stays the start of the button's name (WCAG 2.5.3).
          const hint = document.createElement('span');
          hint.className = 'visually-hidden';
          hint.textContent = ` (trier par ${SORT_LABELS[key]})`;
          button.append(hint);
          th.textContent = '';
          th.append(button);
          button.addEventListener('click', () => {
            const descending = th.getAttribute('aria-sort') === 'ascending';
            for (const h of headers) h.removeAttribute('aria-sort');
            th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
            const value = (tr: HTMLTableRowElement): number | string => {
              if (key === 'amount') return Number(tr.dataset.value);
              if (key === 'year') return Number(tr.dataset.year || 0);
              if (key === 'funder') return tr.dataset.funderLabel ?? '';
              return tr.dataset.sheetTitle ?? '';
            };
            const sorted = [...rows].sort((a, b) => {
              const va = value(a);
              const vb = value(b);
              const c = typeof va === 'number' && typeof vb === 'number' ? va - vb : String(va).localeCompare(String(vb), 'fr');
              return (descending ? -c : c) || Number(a.dataset.index) - Number(b.dataset.index);
            });
            tbody.append(...sorted);
          });
        }
      }
    },
  );
}
