import { escapeHtml as escape, linkPage } from '@leerhuis/platform-html';

// Sign-in pages are Dutch: who follows the link is not known yet.
function page(title: string, body: string, options: { autoSubmit?: boolean } = {}): string {
  return linkPage('nl', title, body, options);
}

/**
 * Following the link shows a button instead of signing in at once: mail scanners that open
 * every link (Safe Links and the like) would otherwise use up the single-use token.
 * Browsers with JavaScript submit the form themselves.
 */
export function confirmSignInPage(token: string): string {
  return page(
    'Inloggen',
    `<form method="post" action="/auth/sign-in" data-auto-submit><input type="hidden" name="token" value="${escape(token)}">
<p>Klik op de knop om in te loggen bij Leerhuis.</p><button type="submit">Inloggen</button></form>`,
    { autoSubmit: true },
  );
}

export function signedInPage(email: string, needsProfile: boolean): string {
  const next = needsProfile
    ? '<p>Welkom! Vul nog even je korte profiel in (naam, organisatie, functie) om lid te worden.</p>'
    : '<p>Je kunt dit venster sluiten of verder gaan in Leerhuis.</p>';
  return page('Je bent ingelogd', `<p>Ingelogd als <strong>${escape(email)}</strong>.</p>${next}`);
}

export function signInFailedPage(message: string): string {
  return page('Inloggen lukt niet', `<p role="alert">${escape(message)}</p>`);
}
