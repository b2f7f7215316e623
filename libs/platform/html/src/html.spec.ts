import { escapeHtml, linkPage } from './html';

describe('linkPage', () => {
  it('escapes the title and keeps the body as given', () => {
    const html = linkPage('en', 'A <b> & "c"', '<form></form>');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain('<form></form>');
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });

  it('has no inline style or script, so the Content-Security-Policy can forbid them', () => {
    const plain = linkPage('nl', 'Titel', '<p>x</p>');
    expect(plain).not.toMatch(/<style|<script|style=/);
    expect(plain).toContain('<link rel="stylesheet" href="/auth/link-page.css">');
    const submitting = linkPage('nl', 'Titel', '<form data-auto-submit></form>', {
      autoSubmit: true,
    });
    expect(submitting).toContain('<script src="/auth/link-page.js" defer></script>');
    expect(submitting).not.toMatch(/<script>/);
  });
});
