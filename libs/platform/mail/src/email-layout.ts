import { createElement as h, Fragment, type ReactElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';

import {
  ActionBlock,
  EmailDocument,
  EmailItemBlock,
  EmailSectionBlock,
  Footer,
  FooterLink,
  ItemExcerpt,
  ItemMeta,
  type Language,
  Paragraph,
  WORDS,
} from './email-components';

export interface EmailContent {
  language: Language;
  /** Shown as the heading (the only h1) and as the document title. */
  title: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  /** Lists of linked items under a heading (notification and digest emails). */
  sections?: EmailSection[];
  /** Why the member gets this email; every email says it. */
  reason: string;
  /** Where the member changes what they get (shown in the footer with the reason). */
  settingsUrl?: string;
  /**
   * The one-click unsubscribe link, shown in the footer. The Mailer fills it in when it renders
   * `content` for an email sent with `unsubscribe`.
   */
  unsubscribeUrl?: string;
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

const DOCTYPE =
  '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">';

/** The same escaping React applies to text and attribute values. */
const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#x27;',
};
const escape = (value: string) => value.replace(/[&<>"']/g, (c) => ESCAPES[c]);

// A slot marker: a private-use character React leaves alone, around the slot's name.
const MARK = '\uE000';
const slot = (name: string) => `${MARK}${name}${MARK}`;

type Template = (values: Record<string, string>) => string;

/** Renders a block once with markers in its slots; filling is string concatenation. */
function compile(element: ReactElement): Template {
  const parts = renderToStaticMarkup(element).split(MARK);
  return (values) => {
    let out = parts[0];
    for (let i = 1; i < parts.length; i += 2) out += values[parts[i]] + parts[i + 1];
    return out;
  };
}

interface Templates {
  document: Template;
  paragraph: Template;
  section: Template;
  item: Template;
  meta: Template;
  excerpt: Template;
  action: Template;
  footer: Template;
  footerLink: Template;
}

const templates = new Map<Language, Templates>();

// React runs once per block and language (lazily); after that an email costs string joins.
function templatesFor(language: Language): Templates {
  let compiled = templates.get(language);
  if (!compiled) {
    compiled = {
      document: compile(
        h(EmailDocument, {
          language,
          title: slot('title'),
          body: slot('body'),
          footer: slot('footer'),
        }),
      ),
      paragraph: compile(h(Paragraph, { text: slot('text') })),
      section: compile(h(EmailSectionBlock, { heading: slot('heading'), items: slot('items') })),
      item: compile(
        h(EmailItemBlock, {
          title: slot('title'),
          url: slot('url'),
          meta: slot('meta'),
          excerpt: slot('excerpt'),
        }),
      ),
      meta: compile(h(ItemMeta, { text: slot('text') })),
      excerpt: compile(h(ItemExcerpt, { text: slot('text') })),
      action: compile(h(ActionBlock, { language, label: slot('label'), url: slot('url') })),
      footer: compile(h(Footer, { reason: slot('reason'), links: slot('links') })),
      footerLink: compile(h(FooterLink, { label: slot('label'), url: slot('url') })),
    };
    templates.set(language, compiled);
  }
  return compiled;
}

/**
 * Where the privacy statement link goes in every footer. Rendering does not know the public
 * URL (jobs render before sending); the Mailer puts it in when it sends (`withPrivacyUrl`).
 */
export const PRIVACY_URL_SLOT = 'leerhuis-privacy-url:';

/** Fills in the privacy statement's address in a rendered email. */
export function withPrivacyUrl(
  rendered: { html: string; text: string },
  publicUrl: string,
): { html: string; text: string } {
  const url = `${publicUrl.replace(/\/$/, '')}/privacy`;
  return {
    html: rendered.html.split(PRIVACY_URL_SLOT).join(url),
    text: rendered.text.split(PRIVACY_URL_SLOT).join(url),
  };
}

function footerLinks(content: EmailContent): { label: string; url: string }[] {
  const words = WORDS[content.language];
  return [
    ...(content.settingsUrl ? [{ label: words.settings, url: content.settingsUrl }] : []),
    ...(content.unsubscribeUrl ? [{ label: words.unsubscribe, url: content.unsubscribeUrl }] : []),
    { label: words.privacy, url: PRIVACY_URL_SLOT },
  ];
}

function renderHtml(content: EmailContent): string {
  const t = templatesFor(content.language);
  let body = '';
  for (const text of content.paragraphs) body += t.paragraph({ text: escape(text) });
  for (const section of content.sections ?? []) {
    let items = '';
    for (const item of section.items) {
      items += t.item({
        title: escape(item.title),
        url: escape(item.url),
        meta: item.meta ? t.meta({ text: escape(item.meta) }) : '',
        excerpt: item.excerpt ? t.excerpt({ text: escape(item.excerpt) }) : '',
      });
    }
    body += t.section({ heading: escape(section.heading), items });
  }
  if (content.action) {
    body += t.action({ label: escape(content.action.label), url: escape(content.action.url) });
  }
  const links = footerLinks(content)
    .map((l) => t.footerLink({ label: escape(l.label), url: escape(l.url) }))
    .join('');
  const footer = t.footer({ reason: escape(content.reason), links });
  return DOCTYPE + t.document({ title: escape(content.title), body, footer });
}

/**
 * The plain-text part, written for reading (not converted from the HTML): everything the HTML
 * says, links written out.
 */
export function renderEmailText(content: EmailContent): string {
  const lines: string[] = [content.title, '='.repeat(Math.min(content.title.length, 72)), ''];
  for (const p of content.paragraphs) lines.push(p, '');
  for (const section of content.sections ?? []) {
    lines.push(section.heading, '-'.repeat(Math.min(section.heading.length, 72)), '');
    for (const item of section.items) {
      lines.push(`* ${item.title}`);
      if (item.meta) lines.push(`  ${item.meta}`);
      if (item.excerpt) lines.push(`  ${item.excerpt}`);
      lines.push(`  ${item.url}`, '');
    }
  }
  if (content.action) lines.push(`${content.action.label}: ${content.action.url}`, '');
  lines.push('--', content.reason);
  for (const l of footerLinks(content)) lines.push(`${l.label}: ${l.url}`);
  return lines.join('\n');
}

/**
 * A plain, accessible layout (React Email components): one column, one h1, real text, a
 * button that is also a plain link, and a footer that says why the member gets this and where
 * to change it. Synchronous and cheap: the blocks are rendered once per language.
 */
export function renderEmail(content: EmailContent): { html: string; text: string } {
  return { html: renderHtml(content), text: renderEmailText(content) };
}

/** The same email rendered by React in one go; the reference the templates are tested against. */
export function renderEmailWithReact(content: EmailContent): string {
  const body: ReactNode[] = content.paragraphs.map((text, i) => h(Paragraph, { key: i, text }));
  (content.sections ?? []).forEach((section, s) =>
    body.push(
      h(EmailSectionBlock, {
        key: `s${s}`,
        heading: section.heading,
        items: section.items.map((item, i) =>
          h(EmailItemBlock, {
            key: i,
            title: item.title,
            url: item.url,
            meta: item.meta ? h(ItemMeta, { text: item.meta }) : null,
            excerpt: item.excerpt ? h(ItemExcerpt, { text: item.excerpt }) : null,
          }),
        ),
      }),
    ),
  );
  if (content.action) {
    body.push(h(ActionBlock, { key: 'action', language: content.language, ...content.action }));
  }
  const footer = h(Footer, {
    reason: content.reason,
    links: footerLinks(content).map((l, i) => h(FooterLink, { key: i, ...l })),
  });
  return (
    DOCTYPE +
    renderToStaticMarkup(
      h(EmailDocument, {
        language: content.language,
        title: content.title,
        body: h(Fragment, null, ...body),
        footer,
      }),
    )
  );
}
