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
