import { renderEmail } from './email-layout';

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
    expect(html).toContain('lang="nl"');
    expect(text).toContain('Inloggen: https://leerhuis.example/auth/sign-in?token=a"b');
    expect(text).toContain('Je krijgt deze mail omdat je een inloglink vroeg.');
  });
});
