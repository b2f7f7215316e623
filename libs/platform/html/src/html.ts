const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Text (or an attribute value) made safe to put into HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}

/**
 * Where the API serves the link pages' stylesheet and script. They are files, not inline
 * <style>/<script>, so the Content-Security-Policy can forbid inline code everywhere.
 * Under /auth because the nginx in docker/ proxies that path to the API.
 */
export const LINK_PAGE_ASSETS = {
  stylesheet: '/auth/link-page.css',
  script: '/auth/link-page.js',
} as const;

/** The link pages' stylesheet (the koffiedate answer forms have radio groups and a select). */
export const LINK_PAGE_STYLESHEET = `body{font-family:Arial,Helvetica,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
button{background:#154273;color:#fff;border:0;padding:.75rem 1.25rem;font-size:1rem;border-radius:4px;cursor:pointer}
button:focus,input:focus,select:focus,a:focus{outline:3px solid #ffb612;outline-offset:2px}a{color:#154273}
fieldset{border:1px solid #ccc;margin:0 0 1rem;padding:.75rem 1rem}legend{font-weight:bold}
label{margin-right:1rem}select{font-size:1rem;padding:.25rem}
.table-scroll{overflow-x:auto;margin-bottom:1rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
dt{font-weight:bold}dd{margin:0 0 .5rem;overflow-wrap:anywhere}code{overflow-wrap:anywhere}
`;

/** Submits a form marked data-auto-submit once the page has loaded. */
export const LINK_PAGE_SCRIPT = `document.querySelectorAll('form[data-auto-submit]').forEach(function (form) { form.submit(); });
`;

/**
 * The small server-rendered page an emailed link opens (sign-in, koffiedate answers,
 * unsubscribe): one column, the Leerhuis name, an h1, not indexed, no referrer to other sites.
 * `body` is HTML the caller escaped; with `autoSubmit`, browsers with JavaScript submit its
 * forms marked data-auto-submit themselves.
 */
export function linkPage(
  language: 'nl' | 'en',
  title: string,
  body: string,
  options: { autoSubmit?: boolean } = {},
): string {
  const script = options.autoSubmit
    ? `<script src="${LINK_PAGE_ASSETS.script}" defer></script>`
    : '';
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="referrer" content="same-origin"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Leerhuis</title>
<link rel="stylesheet" href="${LINK_PAGE_ASSETS.stylesheet}">${script}</head>
<body><main><p><strong>Leerhuis</strong></p><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
