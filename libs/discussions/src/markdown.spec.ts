import { parseMentions, renderMarkdown } from './markdown';

const ANOUK = '0b0f6f7e-3c1a-4c55-9d2e-1a2b3c4d5e6f';
const BRAM = '1c1f6f7e-3c1a-4c55-9d2e-1a2b3c4d5e6f';

describe(renderMarkdown.name, () => {
  it('does render ordinary Markdown', () => {
    expect(renderMarkdown('**Samen** _leren_\n\n- een\n- twee')).toBe(
      '<p><strong>Samen</strong> <em>leren</em></p>\n<ul>\n<li>een</li>\n<li>twee</li>\n</ul>\n',
    );
  });

  it('does escape raw HTML instead of passing it through', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script>\n\n<img src=x onerror=alert(1)> <b>vet</b>',
    );
    expect(html).not.toMatch(/<script|<img|<b>/);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;b&gt;vet&lt;/b&gt;');
  });

  it('does link http(s) and mailto only, with rel="nofollow noopener"', () => {
    expect(renderMarkdown('[site](https://www.rijksoverheid.nl)')).toBe(
      '<p><a href="https://www.rijksoverheid.nl" rel="nofollow noopener">site</a></p>\n',
    );
    expect(renderMarkdown('[mail](mailto:anouk@minbzk.nl)')).toContain(
      '<a href="mailto:anouk@minbzk.nl" rel="nofollow noopener">',
    );
    for (const bad of [
      '[x](javascript:alert(1))',
      '[x](JaVaScRiPt:alert(1))',
      '[x](data:text/html;base64,PHNjcmlwdD4=)',
      '[x](vbscript:msgbox)',
      '[x](/relatief)',
      '[x](file:///etc/passwd)',
    ]) {
      expect(renderMarkdown(bad)).not.toContain('<a');
    }
  });

  it('does turn bare web addresses into safe links', () => {
    expect(renderMarkdown('Zie https://leerhuis.nl/cop')).toContain(
      '<a href="https://leerhuis.nl/cop" rel="nofollow noopener">https://leerhuis.nl/cop</a>',
    );
  });

  it('does not render images (no tracking pixels)', () => {
    expect(renderMarkdown('![pixel](https://tracker.example/p.gif)')).not.toContain('<img');
  });

  it('does escape attribute breakouts in link titles and addresses', () => {
    const html = renderMarkdown('[x](https://a.nl/"onmouseover="alert(1) "t\\"itel")');
    expect(html).not.toMatch(/"\s*onmouseover=/);
  });

  it("does render a mention as a link with the member's current name, escaped, never the author's text", () => {
    const mentionable = new Map([[ANOUK, 'Anouk <b>de Vries</b>']]);
    expect(renderMarkdown(`Hoi @[Platform admin](${ANOUK})!`, mentionable)).toBe(
      `<p>Hoi <a class="mention" href="/leden/${ANOUK}" data-member-id="${ANOUK}">@Anouk &lt;b&gt;de Vries&lt;/b&gt;</a>!</p>\n`,
    );
  });

  it('does render a malformed mention as its name, plain, and leave @-links alone', () => {
    expect(renderMarkdown('Vraag @[Anouk de Vries](x) en @[Bram]()')).toBe(
      '<p>Vraag Anouk de Vries en Bram</p>\n',
    );
    expect(renderMarkdown('@[Anouk](javascript:alert(1))')).not.toContain('<a');
    expect(renderMarkdown('Mail @[ons](mailto:cop@minbzk.nl)')).toBe(
      '<p>Mail @<a href="mailto:cop@minbzk.nl" rel="nofollow noopener">ons</a></p>\n',
    );
  });

  it('does render a mention of someone who cannot read the post as the bracket text, plain', () => {
    const mentionable = new Map([[ANOUK, 'Anouk de Vries']]);
    expect(renderMarkdown(`Vraag @[Platform <i>admin</i>](${BRAM})`, mentionable)).toBe(
      '<p>Vraag Platform &lt;i&gt;admin&lt;/i&gt;</p>\n',
    );
    // Without a lookup (e.g. leergroep output) no mention is styled at all.
    expect(renderMarkdown(`@[Anouk](${ANOUK})`)).toBe('<p>Anouk</p>\n');
  });
});

describe(parseMentions.name, () => {
  it('does find each mentioned member once, in order', () => {
    expect(
      parseMentions(`@[Bram](${BRAM}) en @[Anouk](${ANOUK.toUpperCase()}), nogmaals @[B](${BRAM})`),
    ).toEqual([BRAM, ANOUK]);
  });

  it('does ignore mentions in code and malformed mentions', () => {
    expect(
      parseMentions(
        `\`@[Bram](${BRAM})\`\n\n    @[Bram](${BRAM})\n\n@[Anouk](geen-id) @Anouk [Anouk](${ANOUK})`,
      ),
    ).toEqual([]);
  });

  it('does find mentions inside emphasis and lists', () => {
    expect(parseMentions(`- **@[Anouk](${ANOUK})**`)).toEqual([ANOUK]);
  });
});
