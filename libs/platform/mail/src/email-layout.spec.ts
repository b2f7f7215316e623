import {
  type EmailContent,
  renderEmail,
  renderEmailWithReact,
  withPrivacyUrl,
} from './email-layout';

const digest = (language: 'nl' | 'en', items = 20): EmailContent => ({
  language,
  title: language === 'nl' ? 'Je overzicht van deze week' : 'Your overview of this week',
  paragraphs: [language === 'nl' ? 'Dit gebeurde er in je CoPs.' : 'This happened in your CoPs.'],
  sections: [
    {
      heading: language === 'nl' ? 'Discussies' : 'Discussions',
      items: Array.from({ length: items }, (_, i) => ({
        title: `Onderwerp ${i} <b>&</b>`,
        url: `https://leerhuis.example/cops/ketens/discussies/${i}?a=1&b="2"`,
        meta: i % 2 ? `Samenwerken in de keten · ${i} reacties` : undefined,
        excerpt: i % 3 ? `Een stukje tekst ${i} met 'aanhalingstekens'` : undefined,
      })),
    },
  ],
  action: {
    label: language === 'nl' ? 'Naar Leerhuis' : 'Go to Leerhuis',
    url: 'https://leerhuis.example/',
  },
  reason:
    language === 'nl'
      ? 'Je krijgt dit overzicht omdat je lid bent van Leerhuis.'
      : 'You get this overview because you are a Leerhuis member.',
  settingsUrl: 'https://leerhuis.example/instellingen/meldingen',
  unsubscribeUrl: 'https://leerhuis.example/unsubscribe/abc.DIGEST.xyz',
});

describe('renderEmail', () => {
  it('escapes content and gives the action as a plain link too', () => {
    const { html, text } = renderEmail({
      language: 'nl',
      title: 'Inloggen <bij> Leerhuis',
      paragraphs: ['Hallo & welkom'],
      action: { label: 'Inloggen', url: 'https://leerhuis.example/auth/sign-in?token=a"b' },
      reason: 'Je krijgt deze mail omdat je een inloglink vroeg.',
    });
    expect(html).toContain('Inloggen &lt;bij&gt; Leerhuis');
    expect(html).toContain('Hallo &amp; welkom');
    expect(html).toContain('token=a&quot;b');
    expect(html).not.toContain('<bij>');
    expect(html).toContain('lang="nl"');
    expect(html).toContain('Werkt de knop niet? Open deze link:');
    // The button and the written-out link point to the same place.
    expect(
      html.match(/href="https:\/\/leerhuis.example\/auth\/sign-in\?token=a&quot;b"/g),
    ).toHaveLength(2);
    expect(text).toContain('Inloggen: https://leerhuis.example/auth/sign-in?token=a"b');
    expect(text).toContain('Je krijgt deze mail omdat je een inloglink vroeg.');
  });

  it('gives exactly the markup React renders for the whole email', () => {
    for (const language of ['nl', 'en'] as const) {
      const content = digest(language);
      expect(renderEmail(content).html).toBe(renderEmailWithReact(content));
      const bare: EmailContent = { language, title: 'T', paragraphs: [], reason: 'R' };
      expect(renderEmail(bare).html).toBe(renderEmailWithReact(bare));
    }
  });

  it('has accessible markup: language, one h1, an article, headings for sections', () => {
    const { html } = renderEmail(digest('en'));
    expect(html).toMatch(/<html[^>]* lang="en"/);
    expect(html.match(/<h1/g)).toHaveLength(1);
    expect(html.match(/<h2/g)).toHaveLength(1);
    expect(html).toContain('role="article"');
    expect(html).toContain('<title>Your overview of this week</title>');
    expect(html).not.toMatch(/<img/);
    // Link colour with enough contrast (not React Email's default #067df7).
    expect(html).not.toContain('#067df7');
  });

  it('writes a plain-text part with everything the HTML has', () => {
    const content = digest('nl', 3);
    const { text } = renderEmail(content);
    expect(text).toContain('Je overzicht van deze week');
    expect(text).toContain('Dit gebeurde er in je CoPs.');
    expect(text).toContain('Discussies');
    for (const item of content.sections![0].items) {
      expect(text).toContain(`* ${item.title}`);
      expect(text).toContain(`  ${item.url}`);
      if (item.meta) expect(text).toContain(item.meta);
      if (item.excerpt) expect(text).toContain(item.excerpt);
    }
    expect(text).toContain('Naar Leerhuis: https://leerhuis.example/');
    // Not escaped for HTML: the text part shows the words as written.
    expect(text).toContain('Onderwerp 0 <b>&</b>');
    expect(text).not.toMatch(/&amp;|&quot;|&#x27;/);
  });

  it('says in the footer why and where to change it, with the unsubscribe link when given', () => {
    const nl = renderEmail(digest('nl'));
    expect(nl.html).toContain('Je krijgt dit overzicht omdat je lid bent van Leerhuis.');
    expect(nl.html).toContain(
      '<a href="https://leerhuis.example/instellingen/meldingen" style="color:#154273;text-decoration-line:underline" target="_blank">Kies wat je ontvangt</a>',
    );
    expect(nl.html).toContain('>Afmelden voor deze e-mails</a>');
    expect(nl.text).toMatch(
      /--\nJe krijgt dit overzicht omdat je lid bent van Leerhuis.\nKies wat je ontvangt: https:\/\/leerhuis.example\/instellingen\/meldingen\nAfmelden voor deze e-mails: https:\/\/leerhuis.example\/unsubscribe\/abc.DIGEST.xyz\nPrivacyverklaring: leerhuis-privacy-url:$/,
    );
    // The Mailer fills in the privacy statement's address when it sends.
    expect(withPrivacyUrl(nl, 'https://leerhuis.example').text).toContain(
      'Privacyverklaring: https://leerhuis.example/privacy',
    );
    const en = renderEmail(digest('en'));
    expect(en.html).toContain('>Choose what you receive</a>');
    expect(en.html).toContain('>Unsubscribe from these emails</a>');
    expect(en.text).toContain(
      'Unsubscribe from these emails: https://leerhuis.example/unsubscribe/',
    );

    const plain = renderEmail({ language: 'en', title: 'T', paragraphs: [], reason: 'Because.' });
    expect(plain.html).toContain('Because.');
    expect(plain.html).not.toContain('Choose what you receive');
    expect(plain.text.endsWith('--\nBecause.\nPrivacy statement: leerhuis-privacy-url:')).toBe(
      true,
    );
  });

  it('renders a 20-item digest quickly (figures printed, not asserted)', () => {
    const content = digest('nl', 20);
    renderEmail(content);
    renderEmailWithReact(content);
    const runs = 2000;
    let start = process.hrtime.bigint();
    for (let i = 0; i < runs; i++) renderEmail(content);
    const templated = Number(process.hrtime.bigint() - start) / runs / 1e6;
    start = process.hrtime.bigint();
    for (let i = 0; i < runs / 10; i++) renderEmailWithReact(content);
    const react = Number(process.hrtime.bigint() - start) / (runs / 10) / 1e6;
    console.log(
      `renderEmail, digest with 20 items: ${templated.toFixed(4)} ms per email (html + text); ` +
        `whole tree through React each time: ${react.toFixed(4)} ms`,
    );
    expect(templated).toBeGreaterThan(0);
  });
});
