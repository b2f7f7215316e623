import nodemailer, { type SendMailOptions } from 'nodemailer';

import { MailCatcher } from './mail-catcher';

describe(MailCatcher.name, () => {
  let catcher: MailCatcher;
  let smtpPort: number;

  beforeEach(async () => {
    catcher = new MailCatcher({
      smtpPort: 0,
      rejectRecipients: (rcpt) =>
        rcpt.endsWith('@bounce.test') ? { code: 550, message: 'No such user here' } : undefined,
    });
    ({ smtpPort } = await catcher.start());
  });

  afterEach(() => catcher.stop());

  function send(mail: SendMailOptions) {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: smtpPort,
      secure: false,
    });
    return transport.sendMail(mail).finally(() => transport.close());
  }

  it('does catch and parse a multipart message with an attachment', async () => {
    await send({
      from: '"Leerhuis" <noreply@leerhuis.test>',
      to: '"Anouk de Vries" <anouk.devries@minbzk.nl>, jan@minbzk.nl',
      subject: 'Je koffiedate van deze maand ☕',
      text: 'Hallo Anouk,\nLog in via https://leerhuis.test/login?token=abc&x=1.',
      html: '<p>Hallo <b>Anouk</b></p>',
      headers: { 'X-Leerhuis-Kind': 'coffee-date' },
      attachments: [
        {
          filename: 'verslag.pdf',
          content: Buffer.from('%PDF-1.7'),
          contentType: 'application/pdf',
        },
      ],
    });

    expect(catcher.messages).toHaveLength(1);
    const mail = catcher.messages[0];
    expect(mail).toMatchObject({
      envelopeFrom: 'noreply@leerhuis.test',
      envelopeTo: ['anouk.devries@minbzk.nl', 'jan@minbzk.nl'],
      from: 'noreply@leerhuis.test',
      to: ['anouk.devries@minbzk.nl', 'jan@minbzk.nl'],
      subject: 'Je koffiedate van deze maand ☕',
      html: '<p>Hallo <b>Anouk</b></p>',
    });
    expect(mail.text).toContain('https://leerhuis.test/login?token=abc&x=1');
    expect(mail.headers['x-leerhuis-kind']).toBe('coffee-date');
    expect(mail.attachments).toEqual([
      {
        filename: 'verslag.pdf',
        contentType: 'application/pdf',
        content: Buffer.from('%PDF-1.7').toString('base64'),
      },
    ]);
    expect(mail.raw).toContain('Subject:');
    expect(mail.receivedAt).toBeInstanceOf(Date);
    expect(mail.id).toEqual(expect.any(String));
  });

  it('does find messages by recipient, case-insensitively', async () => {
    await send({
      from: 'a@leerhuis.test',
      to: 'Anouk.DeVries@minbzk.nl',
      subject: 'een',
      text: '1',
    });
    await send({ from: 'a@leerhuis.test', to: 'jan@minbzk.nl', subject: 'twee', text: '2' });
    await send({
      from: 'a@leerhuis.test',
      to: 'jan@minbzk.nl',
      bcc: 'anouk.devries@minbzk.nl',
      subject: 'drie',
      text: '3',
    });

    expect(catcher.messagesTo('anouk.devries@minbzk.nl').map((m) => m.subject)).toEqual([
      'een',
      'drie',
    ]);
  });

  it('does resolve waitFor with a message that arrives later', async () => {
    const waiting = catcher.waitFor((m) => m.subject === 'later', 5000);
    await send({ from: 'a@leerhuis.test', to: 'b@minbzk.nl', subject: 'later', text: 'x' });
    await expect(waiting).resolves.toMatchObject({ subject: 'later' });
    // Already caught messages resolve straight away.
    await expect(catcher.waitFor((m) => m.subject === 'later', 10)).resolves.toBeDefined();
  });

  it('does reject waitFor on timeout listing what did arrive', async () => {
    await send({ from: 'a@leerhuis.test', to: 'b@minbzk.nl', subject: 'Welkom', text: 'x' });
    await expect(catcher.waitFor((m) => m.subject === 'nooit', 50)).rejects.toThrow(
      /no matching message within 50 ms\. Received 1:\n\s+- "Welkom" to b@minbzk\.nl/,
    );
  });

  it('does refuse recipients the rejectRecipients option refuses', async () => {
    await expect(
      send({ from: 'a@leerhuis.test', to: 'weg@bounce.test', subject: 'x', text: 'x' }),
    ).rejects.toMatchObject({ responseCode: 550 });
    expect(catcher.messages).toHaveLength(0);
  });

  it('does refuse an address a set number of times, then accept it', async () => {
    catcher.refuse('Druk@Minbzk.nl', { code: 451, times: 1 });
    const mail = { from: 'a@leerhuis.test', to: 'druk@minbzk.nl', subject: 'x', text: 'x' };
    await expect(send(mail)).rejects.toMatchObject({ responseCode: 451, command: 'RCPT TO' });
    await send(mail);
    expect(catcher.messagesTo('druk@minbzk.nl')).toHaveLength(1);
  });

  it('does refuse after the data when asked, until accepted again', async () => {
    catcher.refuse('vol@minbzk.nl', { code: 552, message: 'Mailbox full', stage: 'DATA' });
    const mail = { from: 'a@leerhuis.test', to: 'vol@minbzk.nl', subject: 'x', text: 'x' };
    await expect(send(mail)).rejects.toMatchObject({ responseCode: 552, command: 'DATA' });
    await expect(send(mail)).rejects.toMatchObject({ responseCode: 552 });
    catcher.accept('vol@minbzk.nl');
    await send(mail);
    expect(catcher.messages).toHaveLength(1);
  });

  it('does forget messages on clear', async () => {
    await send({ from: 'a@leerhuis.test', to: 'b@minbzk.nl', subject: 'x', text: 'x' });
    catcher.clear();
    expect(catcher.messages).toEqual([]);
  });
});
