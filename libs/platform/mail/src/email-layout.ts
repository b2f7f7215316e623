export interface EmailContent {
  language: 'nl' | 'en';
  /** Shown as the heading and used as preview text. */
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Lists of linked items under a heading (notification and digest emails). */
  sections?: EmailSection[];
  /** Why the member gets this email; every email says it. */
  reason: string;
  /** Where the member changes what they get (shown in the footer with the reason). */
  settingsUrl?: string;
}

export interface EmailSection {
  heading: string;
  items: EmailItem[];
}

export interface EmailItem {
  title: string;
  url: string;
  /** A short line under the title: where and when ("Samenwerken in de keten · 3 reacties"). */
  meta?: string;
  /** A plain-text excerpt; leave it out where the content must not travel (closed CoPs). */
  excerpt?: string;
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
  const sections = (content.sections ?? [])
    .map(
      (section) =>
        `<h2 style="font-size:18px;margin:24px 0 8px">${escape(section.heading)}</h2><ul style="margin:0 0 16px;padding-left:20px">${section.items
          .map(
            (item) =>
              `<li style="margin:0 0 12px"><a href="${escape(item.url)}">${escape(item.title)}</a>${item.meta ? `<br><span style="font-size:14px;color:#555">${escape(item.meta)}</span>` : ''}${item.excerpt ? `<br>${escape(item.excerpt)}` : ''}</li>`,
          )
          .join('')}</ul>`,
    )
    .join('');
  const settings = content.settingsUrl
    ? `<br><a href="${escape(content.settingsUrl)}">${content.language === 'nl' ? 'Kies wat je ontvangt' : 'Choose what you receive'}</a>`
    : '';
  const html = `<!doctype html>
<html lang="${content.language}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escape(content.title)}</title></head>
<body style="margin:0;background:#f3f3f3;font-family:Arial,Helvetica,sans-serif;color:#1a1a1a">
<div role="article" aria-label="${escape(content.title)}" lang="${content.language}" style="max-width:600px;margin:0 auto;background:#ffffff;padding:32px">
<p style="margin:0 0 24px;font-weight:bold;color:#154273">Leerhuis</p>
<h1 style="font-size:22px;margin:0 0 16px">${escape(content.title)}</h1>
${paragraphs}${sections}${action}
<hr style="border:none;border-top:1px solid #ddd;margin:32px 0 16px">
<p style="margin:0;font-size:13px;color:#555">${escape(content.reason)}${settings}</p>
</div></body></html>`;
  const text = [
    content.title,
    '',
    ...content.paragraphs.flatMap((p) => [p, '']),
    ...(content.sections ?? []).flatMap((section) => [
      section.heading,
      '',
      ...section.items.flatMap((item) => [
        `- ${item.title}`,
        ...(item.meta ? [`  ${item.meta}`] : []),
        ...(item.excerpt ? [`  ${item.excerpt}`] : []),
        `  ${item.url}`,
      ]),
      '',
    ]),
    ...(content.action ? [`${content.action.label}: ${content.action.url}`, ''] : []),
    '--',
    content.reason,
    ...(content.settingsUrl
      ? [
          `${content.language === 'nl' ? 'Kies wat je ontvangt' : 'Choose what you receive'}: ${content.settingsUrl}`,
        ]
      : []),
  ].join('\n');
  return { html, text };
}
