import { communeUrl, communeView, findCommunes, type CommuneIndex, type CommuneSheet } from '../../lib/communes';
import { plural } from '../../lib/format';
import { localHref } from '../../lib/site-links';
import { loadCommuneIndex } from './commune-data';

/**
 * <atlas-commune>: the « Ma commune » page. Without ?insee= it offers the lookup by name or postcode;
 * with it, it shows the commune, its département, its intercommunality and the sheets that concern it.
 */
class AtlasCommune extends HTMLElement {
  private root = document.documentElement.dataset.root ?? null;
  private index?: CommuneIndex;

  async connectedCallback() {
    const form = this.querySelector('form')!;
    const input = this.querySelector<HTMLInputElement>('input[name=q]')!;
    const list = this.querySelector<HTMLElement>('[data-matches]')!;
    const status = this.querySelector<HTMLElement>('[data-lookup-status]')!;
    this.index = await loadCommuneIndex();
    const params = new URLSearchParams(location.search);
    const insee = params.get('insee');
    const suggest = () => {
      const matches = findCommunes(this.index!.communes, input.value, 8);
      list.replaceChildren(
        ...matches.map((m) => {
          const li = document.createElement('li');
          const dep = this.index!.departements[m.row[3]]?.name ?? m.row[3];
          const a = Object.assign(document.createElement('a'), { href: this.href(communeUrl(m.row[0])) });
          a.textContent = `${m.row[1]} (${dep})`;
          li.append(a, ` ${m.row[2].split(' ').join(', ')}`);
          return li;
        }),
      );
      status.textContent =
        input.value.trim().length < 3
          ? ''
          : matches.length === 0
            ? 'Aucune commune d’Occitanie ne porte ce nom ou ce code postal.'
            : plural(matches.length, 'commune');
    };
    input.addEventListener('input', suggest);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const first = findCommunes(this.index!.communes, input.value, 1)[0];
      if (first) location.href = this.href(communeUrl(first.row[0]));
      else suggest();
    });
    if (params.get('q')) {
      input.value = params.get('q')!;
      suggest();
    }
    if (insee) this.show(insee);
  }

  private href(url: string): string {
    return localHref(url, this.root);
  }

  private show(insee: string) {
    const view = communeView(this.index!, insee);
    const host = this.querySelector<HTMLElement>('[data-commune]')!;
    const title = document.querySelector('h1')!;
    if (!view) {
      host.textContent = `Aucune commune d’Occitanie n’a le code INSEE ${insee}.`;
      return;
    }
    const label = `${view.name} (${view.departement.name})`;
    title.textContent = label;
    document.title = document.title.replace(/^Ma commune/, label);
    const facts = document.createElement('p');
    facts.className = 'lead';
    const codes = view.postcodes.length > 1 ? 'codes postaux' : 'code postal';
    facts.textContent = [
      `Commune située ${view.departement.dans}`,
      view.epci ? `, membre de l’intercommunalité ${view.epci}` : '',
      `. Code INSEE ${view.insee}`,
      view.postcodes.length ? `, ${codes} ${view.postcodes.join(', ')}` : '',
      '.',
    ].join('');
    const dep = document.createElement('p');
    const depLink = Object.assign(document.createElement('a'), { href: this.href(view.departement.url) });
    depLink.textContent = `Toutes les fiches ${view.departement.dans}`;
    dep.append(depLink);
    host.replaceChildren(facts, dep);
    if (view.named.length) host.append(this.group(`Fiches qui nomment ${view.name} ou son intercommunalité`, view.named));
    host.append(
      view.local.length
        ? this.group(`Fiches ${view.departement.dans}`, view.local)
        : this.note(`L’Atlas ne connaît encore aucune fiche ${view.departement.dans}.`),
    );
    host.append(
      this.group('Valable dans toute la région', view.wide, 'Fiches régionales et nationales, qui s’appliquent aussi ici.'),
    );
  }

  private note(text: string): HTMLElement {
    return Object.assign(document.createElement('p'), { className: 'note', textContent: text });
  }

  private group(heading: string, sheets: readonly CommuneSheet[], intro?: string): HTMLElement {
    const section = document.createElement('section');
    const h2 = document.createElement('h2');
    h2.textContent = `${heading} (${plural(sheets.length, 'fiche')})`;
    section.append(h2);
    if (intro) section.append(Object.assign(document.createElement('p'), { textContent: intro }));
    const ul = document.createElement('ul');
    ul.className = 'cards';
    for (const s of sheets) {
      const li = document.createElement('li');
      li.className = 'card';
      const eyebrow = Object.assign(document.createElement('p'), { className: 'eyebrow', textContent: `${s.k} · ${s.p}` });
      const h3 = document.createElement('h3');
      const a = Object.assign(document.createElement('a'), { href: this.href(s.u) });
      a.textContent = s.t;
      h3.append(a);
      li.append(eyebrow, h3);
      ul.append(li);
    }
    section.append(ul);
    return section;
  }
}

/** Registers <atlas-commune> once. */
export function defineCommuneElement() {
  if (!customElements.get('atlas-commune')) customElements.define('atlas-commune', AtlasCommune);
}
