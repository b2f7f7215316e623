const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

function page(title: string, body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="referrer" content="no-referrer"><title>${escape(title)} · Leerhuis</title>
<style>body{font-family:Arial,Helvetica,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a}
button{background:#154273;color:#fff;border:0;padding:.75rem 1.25rem;font-size:1rem;border-radius:4px;cursor:pointer}
button:focus{outline:3px solid #ffb612;outline-offset:2px}</style></head>
<body><main><p><strong>Leerhuis</strong></p><h1>${escape(title)}</h1>${body}</main></body></html>`;
}

/**
 * Following the link shows a button instead of signing in at once: mail scanners that open
 * every link (Safe Links and the like) would otherwise use up the single-use token.
 * Browsers with JavaScript submit the form themselves.
 */
export function confirmSignInPage(token: string): string {
  return page(
    'Inloggen',
    `<form method="post" action="/auth/sign-in"><input type="hidden" name="token" value="${escape(token)}">
<p>Klik op de knop om in te loggen bij Leerhuis.</p><button type="submit">Inloggen</button></form>
<script>document.forms[0].submit()</script>`,
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
