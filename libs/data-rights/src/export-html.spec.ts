import { confirmErasureEmail, exportReadyEmail } from './emails/data-rights-emails';
import { renderExportHtml } from './export-html';

describe(renderExportHtml.name, () => {
  it('does render a section per lib with a table per kind, escaping every value', () => {
    const html = renderExportHtml(
      {
        discussions: {
          threads: [{ title: '<script>alert(1)</script>', createdAt: '2026-12-01T10:00:00Z' }],
          reports: [],
        },
        profile: { profile: { name: 'Eva & Co', themes: ['keten', 'data'] } },
      },
      'nl',
    );
    expect(html).toContain('<h2>Discussies, reacties en meldingen</h2>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<p>Niets opgeslagen.</p>');
    expect(html).toContain('<dd>Eva &amp; Co</dd>');
    expect(html).toContain('<dd>keten, data</dd>');
  });
});

describe('data-rights emails', () => {
  const until = new Date('2026-12-13T09:30:00Z');

  it('does give the export link, its single use and its expiry, in both languages', () => {
    const nl = exportReadyEmail('https://leerhuis.example/data-rights/export?token=x', until, 'nl');
    expect(nl.subject).toBe('Je gegevens uit Leerhuis staan klaar');
    expect(nl.content.action?.url).toBe('https://leerhuis.example/data-rights/export?token=x');
    expect(nl.content.paragraphs.join(' ')).toContain(
      'werkt één keer en is geldig tot 13 december 2026',
    );
    const en = exportReadyEmail('https://x/y', until, 'en');
    expect(en.content.paragraphs.join(' ')).toContain('valid until 13 December 2026');
  });

  it('does say that nothing happens without confirming the erasure', () => {
    const nl = confirmErasureEmail(
      'https://leerhuis.example/data-rights/erase?token=x',
      until,
      'nl',
    );
    expect(nl.content.action?.label).toBe('Account verwijderen');
    expect(nl.content.paragraphs.join(' ')).toContain('er gebeurt niets');
  });
});
