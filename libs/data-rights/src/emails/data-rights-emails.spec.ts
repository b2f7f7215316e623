import { renderedEmail } from '@leerhuis/platform-mail';

import { confirmErasureEmail } from './erasure-confirmation.email';
import { exportReadyEmail } from './export-ready.email';

describe('data-rights emails', () => {
  const until = new Date('2026-12-13T09:30:00Z');

  it('does give the export link, its single use and its expiry, in both languages', () => {
    const nl = exportReadyEmail(
      { url: 'https://leerhuis.example/data-rights/export?token=x', expiresAt: until },
      'nl',
    );
    expect(nl.subject).toBe('Je gegevens uit Leerhuis staan klaar');
    expect(nl.content.action?.url).toBe('https://leerhuis.example/data-rights/export?token=x');
    expect(nl.content.paragraphs.join(' ')).toContain(
      'werkt één keer en is geldig tot 13 december 2026',
    );
    const en = exportReadyEmail({ url: 'https://x/y', expiresAt: until }, 'en');
    expect(en.content.paragraphs.join(' ')).toContain('valid until 13 December 2026');
  });

  it('does say that nothing happens without confirming the erasure', () => {
    const nl = confirmErasureEmail(
      { url: 'https://leerhuis.example/data-rights/erase?token=x', expiresAt: until },
      'nl',
    );
    expect(nl.content.action?.label).toBe('Account verwijderen');
    expect(nl.content.paragraphs.join(' ')).toContain('er gebeurt niets');
  });

  it('does render the link and the reason in the plain text, and say it in English', () => {
    const email = confirmErasureEmail(
      { url: 'https://l.test/erase?token=x', expiresAt: until },
      'en',
    );
    expect(email.subject).toBe('Confirm deleting your Leerhuis account');
    const { html, text } = renderedEmail(email);
    expect(text).toContain('Delete account: https://l.test/erase?token=x');
    expect(text).toContain('someone signed in to your account asked to delete it.');
    expect(html).toContain('href="https://l.test/erase?token=x"');
    expect(exportReadyEmail({ url: 'x', expiresAt: until }, 'en').subject).toBe(
      'Your data from Leerhuis is ready',
    );
  });

  it('does say how long the link works in the same words in both emails', () => {
    const data = { url: 'https://l.test/x', expiresAt: until };
    expect(renderedEmail(confirmErasureEmail(data, 'nl')).text).toContain(
      'De link werkt één keer en is geldig tot 13 december 2026 om 10:30.',
    );
    expect(renderedEmail(exportReadyEmail(data, 'en')).text).toContain(
      'The link works once and is valid until 13 December 2026 at 10:30. After that we delete the copy.',
    );
  });
});
