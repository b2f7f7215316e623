import { renderedEmail } from '@leerhuis/platform-mail';

import { signInLinkEmail } from './sign-in-link.email';

describe('sign-in link email', () => {
  const data = { url: 'https://leerhuis.test/auth/sign-in?token=a%2Bb', minutes: 15 };

  it('does carry the link and its lifetime, in nl and en', () => {
    const nl = signInLinkEmail(data, 'nl');
    expect(nl.subject).toBe('Je inloglink voor Leerhuis');
    const { html, text } = renderedEmail(nl);
    expect(text).toMatch(/^Inloggen bij Leerhuis\n/);
    expect(text).toContain('De link werkt één keer en is 15 minuten geldig.');
    expect(text).toContain(`Inloggen: ${data.url}`);
    expect(html).toContain(`href="${data.url}"`);
    expect(html).not.toContain('/instellingen/meldingen');
    const en = signInLinkEmail(data, 'en');
    expect(en.subject).toBe('Your Leerhuis sign-in link');
    expect(renderedEmail(en).text).toContain('The link works once and is valid for 15 minutes.');
  });
});
