/** « 1,4 Mo », « 820 ko »: a file size for readers (decimal units, fr-FR). */
export function formatZipSize(bytes: number): string {
  const nf = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });
  return bytes >= 1_000_000 ? `${nf.format(bytes / 1_000_000)}\u00A0Mo` : `${nf.format(Math.ceil(bytes / 1000))}\u00A0ko`;
}

/** The name of the one file at the top of the offline copy, next to its one folder. */
export const OFFLINE_ENTRY = 'Ouvrir l’Atlas.html';
/** The folder that holds the whole site in the offline copy. */
export const OFFLINE_FOLDER = 'atlas';

/**
 * The banner of every offline page: « Copie hors ligne du 3 décembre 2026 », with the edition date of
 * the content and the address of the site online.
 * @param copyDate the day the copy was made (ISO date).
 */
export function offlineBanner(copyDate: string, edition: string, siteUrl: string | null): string {
  const online = siteUrl
    ? ` La version à jour est sur <a href="${siteUrl}">${siteUrl.replace(/^https?:\/\//, '').replace(/\/$/, '')}</a>.`
    : '';
  return (
    `<p class="offline-banner" role="note">Copie hors ligne du ${formatIsoDay(copyDate)} ` +
    `(contenu mis à jour le ${formatIsoDay(edition)}).${online}</p>`
  );
}

/** « 3 décembre 2026 » from « 2026-12-03 ». */
export function formatIsoDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)),
  );
}

/**
 * The top-level page of the zip: it opens the Atlas at once (and says where to click when the browser
 * does not follow the redirection).
 */
export function entryPage(copyDate: string): string {
  const target = `${OFFLINE_FOLDER}/index.html`;
  return `<!doctype html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="0; url=${target}">
<title>Ouvrir l’Atlas des solidarités — copie hors ligne</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1f24}a{color:#0b5a6b;font-weight:700}</style>
</head>
<body>
<h1>Atlas des solidarités — Occitanie</h1>
<p>Copie hors ligne du ${formatIsoDay(copyDate)}.</p>
<p><a href="${target}">Ouvrir l’Atlas</a></p>
<p>Tout le site est dans le dossier « ${OFFLINE_FOLDER} » à côté de ce fichier : gardez-les ensemble.</p>
</body>
</html>
`;
}
