/** <atlas-share>: reveals « Copier le lien » and copies the sheet's address (no JS: the address is shown). */
class AtlasShare extends HTMLElement {
  connectedCallback() {
    const item = this.querySelector<HTMLElement>('[data-copy]');
    const button = item?.querySelector('button');
    const status = this.querySelector<HTMLElement>('[data-copy-status]');
    const url = this.dataset.url ?? window.location.href;
    // No public URL at build time: put this page's own address in the e-mail links and the address line.
    const path = this.dataset.path;
    if (!this.dataset.url && path) {
      for (const a of this.querySelectorAll<HTMLAnchorElement>('a[href^="mailto:"]'))
        a.href = a.href.replaceAll(encodeURIComponent(path), encodeURIComponent(url));
      const shown = this.querySelector('.url');
      if (shown) shown.textContent = url;
    }
    if (!item || !button || !status) return;
    item.hidden = false;
    button.addEventListener('click', () => {
      const done = () => (status.textContent = 'Lien copié.');
      const fail = () => (status.textContent = `Copiez l’adresse : ${url}`);
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(url).then(done, fail);
      else fail();
    });
  }
}

/** Registers <atlas-share> once. */
export function defineShareElement() {
  if (!customElements.get('atlas-share')) customElements.define('atlas-share', AtlasShare);
}
