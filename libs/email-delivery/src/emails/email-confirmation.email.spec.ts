import { renderedEmail } from '@leerhuis/platform-mail';

import { emailConfirmationEmail } from './email-confirmation.email';

describe('email confirmation email', () => {
  const data = {
    publicUrl: 'https://leerhuis.test',
    url: 'https://leerhuis.test/e-mail-bevestigen?token=t',
  };

  it('does ask to confirm the address with the link, in nl and en', () => {
    const nl = emailConfirmationEmail(data, 'nl');
    expect(nl.subject).toBe('Bevestig je e-mailadres voor Leerhuis');
    const { html, text } = renderedEmail(nl);
    expect(text).toContain('Eerder kwam e-mail van Leerhuis niet aan op dit adres.');
    expect(text).toContain(`Mijn adres bevestigen: ${data.url}`);
    expect(html).toContain('href="https://leerhuis.test/instellingen/meldingen"');
    const en = emailConfirmationEmail(data, 'en');
    expect(en.subject).toBe('Confirm your email address for Leerhuis');
    expect(renderedEmail(en).text).toContain('The link is valid for 24 hours.');
  });
});
