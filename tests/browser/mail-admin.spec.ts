import { insertMember, sessionFor } from '../support/members';
import { expectAccessible, saveScreenshot, useBrowserStack } from './browser';

describe('mail admin in the web app', () => {
  const fixture = useBrowserStack();

  beforeAll(async () => {
    const { stack } = fixture;
    await insertMember(stack, { email: 'beheer@minbzk.nl', name: 'Bea Beheer', admin: true });
    await insertMember(stack, { email: 'lid@minbzk.nl', name: 'Lars Lid' });
    await insertMember(stack, { email: 'weg@minbzk.nl', name: 'Wim Weg' });
    await stack.dataSource.query(
      `INSERT INTO sent_email (key, recipient, subject) VALUES
         ('digest:lid:2026-W47', 'lid@minbzk.nl', 'Je overzicht van deze week'),
         ('sign-in-link:1', 'beheer@minbzk.nl', 'Je inloglink voor Leerhuis')`,
    );
    await stack.dataSource.query(
      `INSERT INTO email_failure (key, recipient, subject, permanent, smtp_code, message)
       VALUES ('digest:weg:2026-W47', 'weg@minbzk.nl', 'Je overzicht van deze week', true, 550, '550 No such user')`,
    );
    await stack.dataSource.query(
      `INSERT INTO email_suppression (address, reason, smtp_code, smtp_response)
       VALUES ('weg@minbzk.nl', 'PERMANENT_FAILURE', 550, '550 No such user')`,
    );
  });

  it('does show an admin the sends, failures, suppressed addresses and digest schedule', async () => {
    const page = await fixture.signedInAs('beheer@minbzk.nl');
    await page.goto('/beheer/e-mail');
    await page.getByRole('heading', { level: 1, name: 'E-mail' }).waitFor();
    await page.getByRole('link', { name: 'Wachtrijen bekijken in Bull Board' }).waitFor();
    await page.getByRole('cell', { name: 'Je overzicht van deze week' }).first().waitFor();
    await page.getByRole('heading', { level: 2, name: 'Overzichtsmails' }).waitFor();
    await page.getByText(/Planner: /).waitFor();
    await page.getByText('Verstuurd in de afgelopen 7 dagen: 1').waitFor();
    await expectAccessible(page, 'mail admin');
    await saveScreenshot(page, 'mail-admin');

    await page.getByRole('button', { name: 'Weer mailen naar weg@minbzk.nl' }).click();
    await page.getByText('weg@minbzk.nl krijgt weer e-mail.').waitFor();
    await page.getByText('Geen geblokkeerde adressen.').waitFor();
  });

  it('does tell a member there is no access', async () => {
    const page = await fixture.signedInAs('lid@minbzk.nl');
    await page.goto('/beheer/e-mail');
    await page
      .getByText('Geen toegang: deze pagina is alleen voor beheerders van Leerhuis.')
      .waitFor();
    await expectAccessible(page, 'mail admin refused');
  });

  it('does confirm an address from the link in the email, without signing in', async () => {
    const { stack } = fixture;
    await stack.dataSource.query(
      `INSERT INTO email_suppression (address, reason, smtp_code) VALUES ('lid@minbzk.nl', 'PERMANENT_FAILURE', 550)`,
    );
    // The member asks for a link (the notice on the settings page does this).
    const member = await sessionFor(stack, 'lid@minbzk.nl');
    await member.ok(`mutation { requestEmailConfirmation { accepted } }`);
    const mail = await stack.mail.waitFor(
      (m) =>
        m.to.includes('lid@minbzk.nl') && m.subject === 'Bevestig je e-mailadres voor Leerhuis',
    );
    const link = /(http\S+\/e-mail-bevestigen\?token=\S+)/.exec(mail.text)![1];
    const anonymous = await fixture.open();
    await anonymous.goto(link);
    await anonymous
      .getByText('Bedankt: lid@minbzk.nl is bevestigd. Je krijgt weer e-mail van Leerhuis.')
      .waitFor();
    await expectAccessible(anonymous, 'email confirmed');
  });
});
