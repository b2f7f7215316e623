import { Body } from '@react-email/body';
import { Button } from '@react-email/button';
import { Container } from '@react-email/container';
import { Head } from '@react-email/head';
import { Heading } from '@react-email/heading';
import { Hr } from '@react-email/hr';
import { Html } from '@react-email/html';
import { Link } from '@react-email/link';
import { Section } from '@react-email/section';
import { Text } from '@react-email/text';
import { createElement as h, Fragment, type ReactNode } from 'react';

// The email's building blocks as React Email components. They are written with createElement
// (no JSX) so the lib needs no TSX toolchain. Every block takes its content as props only:
// email-layout.ts renders each block once per language with slot markers and fills the
// markers per email, which gives exactly the markup React would give (a unit test checks).

/** Leerhuis blue on white: 10.4:1. Secondary text #545454 on white: 7.5:1 (WCAG AA needs 4.5). */
const BLUE = '#154273';
const INK = '#1a1a1a';
const MUTED = '#545454';

const link = { color: BLUE, textDecorationLine: 'underline' } as const;

export type Language = 'nl' | 'en';

export const WORDS = {
  nl: {
    buttonFallback: 'Werkt de knop niet? Open deze link:',
    settings: 'Kies wat je ontvangt',
    unsubscribe: 'Afmelden voor deze e-mails',
    privacy: 'Privacyverklaring',
  },
  en: {
    buttonFallback: 'Button not working? Open this link:',
    settings: 'Choose what you receive',
    unsubscribe: 'Unsubscribe from these emails',
    privacy: 'Privacy statement',
  },
} satisfies Record<Language, Record<string, string>>;

export function EmailDocument(props: {
  language: Language;
  title: string;
  body: ReactNode;
  footer: ReactNode;
}) {
  return h(
    Html,
    { lang: props.language },
    h(Head, null, h('title', null, props.title)),
    h(
      Body,
      {
        style: {
          margin: 0,
          backgroundColor: '#f3f3f3',
          fontFamily: 'Arial, Helvetica, sans-serif',
          color: INK,
        },
      },
      h(
        Container,
        { style: { maxWidth: '600px', backgroundColor: '#ffffff' } },
        h(
          'div',
          {
            role: 'article',
            'aria-roledescription': 'email',
            'aria-label': props.title,
            lang: props.language,
            style: { padding: '32px' },
          },
          h(
            Text,
            { style: { margin: '0 0 24px', fontWeight: 'bold', color: BLUE, fontSize: '16px' } },
            'Leerhuis',
          ),
          h(
            Heading,
            { as: 'h1', style: { fontSize: '22px', lineHeight: '28px', margin: '0 0 16px' } },
            props.title,
          ),
          props.body,
          h(Hr, { style: { borderTop: '1px solid #cccccc', margin: '32px 0 16px' } }),
          props.footer,
        ),
      ),
    ),
  );
}

export function Paragraph(props: { text: string }) {
  return h(
    Text,
    { style: { margin: '0 0 16px', fontSize: '16px', lineHeight: '24px', color: INK } },
    props.text,
  );
}

export function EmailSectionBlock(props: { heading: string; items: ReactNode }) {
  return h(
    Section,
    null,
    h(
      Heading,
      { as: 'h2', style: { fontSize: '18px', lineHeight: '24px', margin: '24px 0 8px' } },
      props.heading,
    ),
    h('ul', { style: { margin: '0 0 16px', paddingLeft: '20px' } }, props.items),
  );
}

export function EmailItemBlock(props: {
  title: string;
  url: string;
  meta: ReactNode;
  excerpt: ReactNode;
}) {
  return h(
    'li',
    { style: { margin: '0 0 12px', fontSize: '16px', lineHeight: '24px' } },
    h(Link, { href: props.url, style: link }, props.title),
    props.meta,
    props.excerpt,
  );
}

export function ItemMeta(props: { text: string }) {
  return h(
    Fragment,
    null,
    h('br'),
    h('span', { style: { fontSize: '14px', color: MUTED } }, props.text),
  );
}

export function ItemExcerpt(props: { text: string }) {
  return h(Fragment, null, h('br'), h('span', null, props.text));
}

/** A button that is also a plain link: the URL is written out under it. */
export function ActionBlock(props: { language: Language; label: string; url: string }) {
  return h(
    Section,
    { style: { margin: '24px 0' } },
    h(
      Button,
      {
        href: props.url,
        style: {
          backgroundColor: BLUE,
          color: '#ffffff',
          padding: '12px 20px',
          borderRadius: '4px',
          fontSize: '16px',
          fontWeight: 'bold',
        },
      },
      props.label,
    ),
    h(
      Text,
      { style: { margin: '16px 0 0', fontSize: '14px', lineHeight: '20px', color: INK } },
      WORDS[props.language].buttonFallback,
      h('br'),
      h(Link, { href: props.url, style: { ...link, wordBreak: 'break-all' } }, props.url),
    ),
  );
}

export function Footer(props: { reason: string; links: ReactNode }) {
  return h(
    Text,
    { style: { margin: 0, fontSize: '14px', lineHeight: '20px', color: MUTED } },
    props.reason,
    props.links,
  );
}

export function FooterLink(props: { label: string; url: string }) {
  return h(Fragment, null, h('br'), h(Link, { href: props.url, style: link }, props.label));
}
