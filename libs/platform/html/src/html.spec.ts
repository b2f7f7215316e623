import { escapeHtml, linkPage } from './html';

describe('linkPage', () => {
  it('escapes the title and keeps the body as given', () => {
    const html = linkPage('en', 'A <b> & "c"', '<form></form>');
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>');
    expect(html).toContain('<form></form>');
    expect(escapeHtml("it's")).toBe('it&#39;s');
  });
});
