/** Links of the « Partager / signaler » block of a sheet: mailto addresses built from the title and URL. */
export interface ShareLinks {
  /** mailto: with the sheet's title as subject and its address in the body. */
  email: string;
  /** mailto: to the publisher, the sheet's address prefilled. */
  report: string;
}

function mailto(to: string, subject: string, body: string): string {
  return `mailto:${to}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * Builds the share and report links of a sheet.
 * @param title the sheet's title.
 * @param url the sheet's public address (the online one, also in the offline edition).
 * @param contactEmail the publisher's contact (src/site.config.ts).
 */
export function shareLinks(title: string, url: string, contactEmail: string): ShareLinks {
  return {
    email: mailto('', `Atlas des solidarités : ${title}`, `${title}\n${url}\n`),
    report: mailto(
      contactEmail,
      `Signaler une erreur : ${title}`,
      `Fiche : ${title}\nAdresse : ${url}\n\nCe qui est inexact ou a changé (et, si possible, la source) :\n`,
    ),
  };
}
