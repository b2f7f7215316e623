import { escapeHtml } from '@leerhuis/platform-html';

import type { CaughtMail } from './caught-mail';

// Pure rendering for the web inbox: everything from a message is untrusted and escaped.

export { escapeHtml };

const URL_PATTERN = /https?:\/\/[^\s<>"']+/g;

/** Escapes plain text and turns http(s) URLs into links (sign-in links must be clickable). */
export function linkify(text: string): string {
  let html = '';
  let last = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    // Sentence punctuation right after a URL is almost never part of it.
    const url = match[0].replace(/[.,;:!?)\]]+$/, '');
    const start = match.index;
    html += escapeHtml(text.slice(last, start));
    html += `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(url)}</a>`;
    last = start + url.length;
  }
  return html + escapeHtml(text.slice(last));
}

function formatTime(date: Date): string {
  return date.toLocaleString('nl-NL', { timeZone: 'Europe/Amsterdam' });
}

function page(title: string, body: string, extraHead = ''): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>${extraHead}
<style>
  body { font-family: system-ui, sans-serif; margin: 2rem; color: #1a1a1a; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; padding: .4rem .6rem; border-bottom: 1px solid #ccc; vertical-align: top; }
  th { background: #f0f4f8; }
  pre { white-space: pre-wrap; word-break: break-word; background: #f7f7f7; padding: 1rem; }
  iframe { width: 100%; height: 32rem; border: 1px solid #ccc; }
  a { color: #01689b; }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
</style>
</head>
<body>
${body}
</body>
</html>`;
}

/** The list page, newest first. */
export function renderInbox(messages: CaughtMail[]): string {
  const rows = [...messages]
    .reverse()
    .map(
      (m) => `<tr>
  <td>${escapeHtml(formatTime(m.receivedAt))}</td>
  <td>${escapeHtml((m.to.length ? m.to : m.envelopeTo).join(', '))}</td>
  <td>${escapeHtml(m.subject || '(geen onderwerp)')}</td>
  <td><a href="/messages/${encodeURIComponent(m.id)}">Bekijken</a></td>
</tr>`,
    )
    .join('\n');
  const body = messages.length
    ? `<table>
<thead><tr><th>Ontvangen</th><th>Aan</th><th>Onderwerp</th><th><span class="visually-hidden">Bericht</span></th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`
    : '<p>Geen berichten.</p>';
  // A plain refresh keeps the demo inbox current without any script (the CSP allows none).
  return page(
    'Postvak',
    `<h1>Postvak</h1>\n<p>${messages.length} bericht(en). Deze pagina ververst elke 5 seconden.</p>\n${body}`,
    '\n<meta http-equiv="refresh" content="5">',
  );
}

/** The detail page: headers, the HTML part in a sandboxed frame and the text part. */
export function renderMessage(m: CaughtMail): string {
  const headerRows = [
    ['Van', m.from],
    ['Aan', m.to.join(', ')],
    ...(m.headers['reply-to'] ? [['Antwoorden aan', m.headers['reply-to']]] : []),
    ['Onderwerp', m.subject],
    ['Ontvangen', formatTime(m.receivedAt)],
    ['Envelop van', m.envelopeFrom],
    ['Envelop aan', m.envelopeTo.join(', ')],
  ]
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('\n');
  const allHeaders = Object.entries(m.headers)
    .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`)
    .join('\n');
  const attachments = m.attachments.length
    ? `<h2>Bijlagen</h2>\n<ul>${m.attachments
        .map(
          (a, i) =>
            `<li><a href="/messages/${encodeURIComponent(m.id)}/attachments/${i}" download>${escapeHtml(a.filename || '(naamloos)')}</a> (${escapeHtml(a.contentType)})</li>`,
        )
        .join('')}</ul>`
    : '';
  const htmlPart = m.html
    ? `<h2>HTML-weergave</h2>
<iframe title="HTML-weergave van het bericht" sandbox="allow-popups allow-popups-to-escape-sandbox" src="/messages/${encodeURIComponent(m.id)}/html"></iframe>`
    : '';
  const textPart = m.text ? `<h2>Tekst</h2>\n<pre>${linkify(m.text)}</pre>` : '';
  return page(
    m.subject || 'Bericht',
    `<p><a href="/">Terug naar postvak</a></p>
<h1>${escapeHtml(m.subject || '(geen onderwerp)')}</h1>
<table>
${headerRows}
</table>
${htmlPart}
${textPart}
${attachments}
<details><summary>Alle kopregels</summary>
<table>
${allHeaders}
</table>
</details>`,
  );
}

/**
 * The HTML part as served inside the frame. Links open in a new tab, since the sandbox does
 * not let the frame navigate the inbox itself.
 */
export function renderHtmlPart(m: CaughtMail): string {
  return `<base target="_blank">${m.html}`;
}
