/** <atlas-print>: a button that opens the browser's print dialog (hidden until this script runs). */
class AtlasPrint extends HTMLElement {
  connectedCallback() {
    this.querySelector('button')?.addEventListener('click', () => window.print());
  }
}

/** Registers <atlas-print> once. */
export function definePrintElement() {
  if (!customElements.get('atlas-print')) customElements.define('atlas-print', AtlasPrint);
}
