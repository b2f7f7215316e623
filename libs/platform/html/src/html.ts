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

const PAGE_STYLE = `body{font-family:Arial,Helvetica,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;color:#1a1a1a;line-height:1.5}
button{background:#154273;color:#fff;border:0;padding:.75rem 1.25rem;font-size:1rem;border-radius:4px;cursor:pointer}
button:focus,input:focus,select:focus,a:focus{outline:3px solid #ffb612;outline-offset:2px}a{color:#154273}`;

/**
 * The small server-rendered page an emailed link opens (sign-in, koffiedate answers,
 * unsubscribe): one column, the Leerhuis name, an h1, no referrer, not indexed.
 * `body` is HTML the caller escaped; `style` adds rules for its form.
 */
export function linkPage(language: 'nl' | 'en', title: string, body: string, style = ''): string {
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta name="referrer" content="no-referrer"><meta name="robots" content="noindex"><title>${escapeHtml(title)} · Leerhuis</title>
<style>${PAGE_STYLE}${style}</style></head>
<body><main><p><strong>Leerhuis</strong></p><h1>${escapeHtml(title)}</h1>${body}</main></body></html>`;
}
