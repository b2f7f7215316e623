import nodemailer, { type SendMailOptions } from 'nodemailer';

import { MailCatcher } from './mail-catcher';
import { MailInboxServer } from './mail-inbox.server';

describe(MailInboxServer.name, () => {
  let catcher: MailCatcher;
  let inbox: MailInboxServer;
  let url: string;
  let smtpPort: number;

  beforeEach(async () => {
    catcher = new MailCatcher();
    ({ smtpPort } = await catcher.start());
    inbox = new MailInboxServer(catcher);
    ({ url } = await inbox.start());
  });

  afterEach(async () => {
    await inbox.stop();
    await catcher.stop();
  });

  async function send(to: string, subject: string, extra: SendMailOptions = {}) {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
    });
    await transport.sendMail({
      from: 'noreply@leerhuis.test',
      to,
      subject,
      text: subject,
      ...extra,
    });
    transport.close();
  }

  it('does list messages as JSON, newest first', async () => {
    await send('anouk.devries@minbzk.nl', 'Eerste');
    await send('jan@minbzk.nl', 'Tweede', { html: '<p>Tweede</p>' });

    const res = await fetch(`${url}/api/messages`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>[];
    expect(body.map((m) => m.subject)).toEqual(['Tweede', 'Eerste']);
    expect(body[0]).toEqual({
      id: expect.any(String),
      from: 'noreply@leerhuis.test',
      to: ['jan@minbzk.nl'],
      subject: 'Tweede',
      text: 'Tweede',
      html: '<p>Tweede</p>',
      receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it('does return the latest message for a recipient, or 404', async () => {
    await send('anouk.devries@minbzk.nl', 'Oud');
    await send('jan@minbzk.nl', 'Voor Jan');
    await send('anouk.devries@minbzk.nl', 'Nieuw');

    const res = await fetch(
      `${url}/api/messages/latest?to=${encodeURIComponent('Anouk.DeVries@minbzk.nl')}`,
    );
    expect(res.status).toBe(200);
    expect(((await res.json()) as { subject: string }).subject).toBe('Nieuw');

    const missing = await fetch(`${url}/api/messages/latest?to=niemand@minbzk.nl`);
    expect(missing.status).toBe(404);
  });

  it('does delete all messages', async () => {
    await send('jan@minbzk.nl', 'Weg');
    const res = await fetch(`${url}/api/messages`, { method: 'DELETE' });
    expect(res.status).toBe(204);
    expect(catcher.messages).toEqual([]);
  });

  it('does render an escaped Dutch inbox and detail page with clickable links', async () => {
    await send('jan@minbzk.nl', '<script>alert(1)</script>', {
      text: 'Log in: https://leerhuis.test/login?token=a&b=c.',
      html: '<p onclick="x()">Hallo</p>',
    });
    const [message] = catcher.messages;

    const list = await fetch(`${url}/`);
    const listHtml = await list.text();
    expect(list.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(listHtml).toContain('Postvak');
    expect(listHtml).toContain('Aan');
    expect(listHtml).toContain('Onderwerp');
    expect(listHtml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(listHtml).not.toContain('<script>');
    expect(listHtml).toContain(`/messages/${message.id}`);

    const detailHtml = await (await fetch(`${url}/messages/${message.id}`)).text();
    expect(detailHtml).toContain(
      '<a href="https://leerhuis.test/login?token=a&amp;b=c" rel="noopener noreferrer">',
    );
    expect(detailHtml).toMatch(/<iframe [^>]*sandbox="[^"]*"[^>]*src="\/messages\/[^"]+\/html"/);
    expect(detailHtml).not.toContain('<script>');

    const part = await fetch(`${url}/messages/${message.id}/html`);
    expect(part.headers.get('content-security-policy')).toMatch(/default-src 'none'.*sandbox/);
    expect(await part.text()).toContain('<p onclick="x()">Hallo</p>');
  });

  it('does show the Reply-To and offer each attachment as a download', async () => {
    await send('jan@minbzk.nl', 'Koffiedate', {
      replyTo: 'piet@minbzk.nl',
      attachments: [
        { filename: 'koffiedate.ics', content: 'BEGIN:VCALENDAR', contentType: 'text/calendar' },
      ],
    });
    const [message] = catcher.messages;
    const detailHtml = await (await fetch(`${url}/messages/${message.id}`)).text();
    expect(detailHtml).toContain('<th scope="row">Antwoorden aan</th><td>piet@minbzk.nl</td>');
    expect(detailHtml).toContain(
      `href="/messages/${message.id}/attachments/0" download>koffiedate.ics</a>`,
    );
    const file = await fetch(`${url}/messages/${message.id}/attachments/0`);
    expect(file.headers.get('content-type')).toMatch(/^text\/calendar/);
    expect(file.headers.get('content-disposition')).toBe('attachment; filename="koffiedate.ics"');
    expect((await file.text()).trim()).toBe('BEGIN:VCALENDAR');
    expect((await fetch(`${url}/messages/${message.id}/attachments/1`)).status).toBe(404);
  });

  it('does answer 404 for unknown messages', async () => {
    expect((await fetch(`${url}/messages/onbekend`)).status).toBe(404);
    expect((await fetch(`${url}/messages/%E0%A4%A`)).status).toBe(404);
  });
});
