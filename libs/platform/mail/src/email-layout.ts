export interface EmailContent {
  language: 'nl' | 'en';
  /** Shown as the heading and used as preview text. */
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Why the member gets this email; every email says it. */
  reason: string;
}

const escape = (value: string) =>
  value.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A plain, accessible layout: one column, real text, a button that is also a plain link. */
export function renderEmail(content: EmailContent): { html: string; text: string } {
  const paragraphs = content.paragraphs
    .map((p) => `<p style="margin:0 0 16px">${escape(p)}</p>`)
    .join('');
  const action = content.action
    ? `<p style="margin:24px 0"><a href="${escape(content.action.url)}" style="background:#154273;color:#ffffff;padding:12px 20px;text-decoration:none;border-radius:4px;display:inline-block">${escape(content.action.label)}</a></p>
       <p style="margin:0 0 16px;font-size:14px">${content.language === 'nl' ? 'Werkt de knop niet? Open deze link:' : 'Button not working? Open this link:'}<br><a href="${escape(content.action.url)}">${escape(content.action.url)}</a></p>`
    : '';
  const html = `<!doctype html>
<html lang="${content.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(content.title)}</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<div role="article" aria-label="${escape(content.title)}" lang="${content.language}" style="max-width:600px;margin:0 auto;background:#ffffff;padding:32px">
<p style="margin:0 0 24px;font-weight:bold;color:#154273">Leerhuis</p>
<h1 style="font-size:22px;margin:0 0 16px">${escape(content.title)}</h1>
${paragraphs}${action}
<hr style="border:none;border-top:1px solid #ddd;margin:32px 0 16px">
<p style="margin:0;font-size:13px;color:#555">${escape(content.reason)}</p>
</div></body></html>`;
  const text = [
    content.title,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '--',
    content.reason,
  ].join('\n');
  return { html, text };
}
