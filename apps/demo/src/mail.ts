import { preferPort } from '@leerhuis/platform-embedded-postgres';
import { MailCatcher, MailInboxServer } from '@leerhuis/platform-mail-catcher';

export interface DemoMail {
  smtpUrl: string;
  inboxUrl: string;
  stop(): Promise<void>;
}

/**
 * Catches every email the worker sends; the inbox shows them at :8025 like Mailpit would.
 * Given ports are used as they are (0 picks a free one); otherwise 1025/8025 when free.
 */
export async function startDemoMail(
  ports: { smtpPort?: number; inboxPort?: number } = {},
): Promise<DemoMail> {
  const catcher = new MailCatcher({ smtpPort: ports.smtpPort ?? (await preferPort(1025)) });
  const { smtpPort } = await catcher.start();
  const inbox = new MailInboxServer(catcher, { port: ports.inboxPort ?? (await preferPort(8025)) });
  let url: string;
  try {
    ({ url } = await inbox.start());
  } catch (error) {
    await catcher.stop();
    throw error;
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl: url,
    async stop() {
      await inbox.stop();
      await catcher.stop();
    },
  };
}
