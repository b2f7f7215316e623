import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { CaughtMail } from './caught-mail';
import { isAddressedTo, type MailCatcher } from './mail-catcher';
import { renderHtmlPart, renderInbox, renderMessage } from './mail-inbox.html';

export interface MailInboxServerOptions {
  /** HTTP port; 0 (the default) picks a free port. */
  port?: number;
  /** Interface to bind to; defaults to 127.0.0.1. */
  host?: string;
}

const PAGE_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  "frame-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

// The mail's own HTML: no scripts, no remote loads (tracking pixels), its own sandbox even
// when opened outside the frame, and only framable by the inbox.
const MAIL_HTML_CSP = [
  "default-src 'none'",
  "style-src 'unsafe-inline'",
  'img-src data:',
  "form-action 'none'",
  "frame-ancestors 'self'",
  'sandbox allow-popups allow-popups-to-escape-sandbox',
].join('; ');

function toJson(m: CaughtMail) {
  return {
    id: m.id,
    from: m.from,
    to: m.to.length ? m.to : m.envelopeTo,
    subject: m.subject,
    text: m.text,
    html: m.html,
    receivedAt: m.receivedAt.toISOString(),
  };
}

/**
 * A small web inbox over a {@link MailCatcher}: an HTML list and detail view for people and a
 * JSON API for tests (`GET /api/messages`, `GET /api/messages/latest?to=`, `DELETE /api/messages`).
 */
export class MailInboxServer {
  private server?: Server;

  constructor(
    private readonly catcher: MailCatcher,
    private readonly opts: MailInboxServerOptions = {},
  ) {}

  async start(): Promise<{ url: string }> {
    if (this.server) throw new Error('MailInboxServer already started');
    const server = createServer((req, res) => this.handle(req, res));
    const host = this.opts.host ?? '127.0.0.1';
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.opts.port ?? 0, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const { port } = server.address() as AddressInfo;
    const urlHost = host.includes(':') ? `[${host}]` : host;
    return { url: `http://${urlHost}:${port}` };
  }

  async stop(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', 'http://inbox');
    const path = url.pathname.replace(/\/+$/, '') || '/';
    const method = req.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';

    if (path === '/api/messages') {
      if (read) return sendJson(res, 200, this.newestFirst().map(toJson));
      if (method === 'DELETE') {
        this.catcher.clear();
        res.writeHead(204).end();
        return;
      }
      return methodNotAllowed(res, 'GET, HEAD, DELETE');
    }
    if (!read) return methodNotAllowed(res, 'GET, HEAD');

    if (path === '/api/messages/latest') {
      const to = url.searchParams.get('to');
      const latest = this.newestFirst().find((m) => !to || isAddressedTo(m, to));
      if (!latest) {
        return sendJson(res, 404, { error: to ? `no message to ${to}` : 'no messages' });
      }
      return sendJson(res, 200, toJson(latest));
    }
    if (path === '/') return sendHtml(res, 200, renderInbox(this.catcher.messages), PAGE_CSP);

    const detail = /^\/messages\/([^/]+)(\/html|\/attachments\/(\d+))?$/.exec(path);
    const message = detail && this.find(safeDecode(detail[1]));
    if (detail && message) {
      if (detail[3] !== undefined) {
        const attachment = message.attachments[Number(detail[3])];
        if (attachment) return sendAttachment(res, attachment);
      } else if (detail[2]) {
        return sendHtml(res, 200, renderHtmlPart(message), MAIL_HTML_CSP);
      } else {
        return sendHtml(res, 200, renderMessage(message), PAGE_CSP);
      }
    }
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Niet gevonden\n');
  }

  private find(id: string): CaughtMail | undefined {
    return this.catcher.messages.find((m) => m.id === id);
  }

  private newestFirst(): CaughtMail[] {
    return this.catcher.messages.reverse();
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
    })
    .end(JSON.stringify(body));
}

function sendHtml(res: ServerResponse, status: number, html: string, csp: string): void {
  res
    .writeHead(status, {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': csp,
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Cache-Control': 'no-store',
    })
    .end(html);
}

/** A download, so a calendar invitation can be opened the way a mail client would. */
function sendAttachment(res: ServerResponse, a: CaughtMail['attachments'][number]): void {
  const name = (a.filename || 'bijlage').replace(/[^\w.-]+/g, '_');
  res
    .writeHead(200, {
      'Content-Type': a.contentType || 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${name}"`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    })
    .end(Buffer.from(a.content, 'base64'));
}

function methodNotAllowed(res: ServerResponse, allow: string): void {
  res.writeHead(405, { Allow: allow, 'Content-Type': 'text/plain; charset=utf-8' }).end();
}
