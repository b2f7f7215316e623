import type { FastifyReply, FastifyRequest } from 'fastify';

export const SESSION_COOKIE = 'leerhuis_session';

/** httpOnly + SameSite=Lax: scripts cannot read it and other sites cannot send it on POSTs. */
export function setSessionCookie(
  res: FastifyReply,
  token: string,
  expiresAt: Date,
  secure: boolean,
): void {
  res.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure,
    expires: expiresAt,
    path: '/',
  });
}

export function clearSessionCookie(res: FastifyReply, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
}

/** The session token from the cookie or, for API clients, an `Authorization: Bearer` header. */
export function sessionTokenOf(req: Pick<FastifyRequest, 'headers' | 'cookies'>): string | null {
  const header = req.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice(7).trim();
  return req.cookies?.[SESSION_COOKIE] ?? null;
}
