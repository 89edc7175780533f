import { formatIsoDate } from '../../lib/format';

/** The date of printing on a dossier's cover: today in the reader's browser, not the build date. */
export function setPrintDate(root: ParentNode, now = new Date()) {
  const iso = [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
  for (const el of root.querySelectorAll('[data-print-date]')) el.textContent = formatIsoDate(iso);
}
