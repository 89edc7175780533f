/** « 1,4 Mo », « 820 ko »: a file size for readers (decimal units, fr-FR). */
export function formatZipSize(bytes: number): string {
  const nf = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  return bytes >= 1_000_000 ? `${nf.format(bytes / 1_000_000)}\u00A0Mo` : `${nf.format(Math.ceil(bytes / 1000))}\u00A0ko`;
}
