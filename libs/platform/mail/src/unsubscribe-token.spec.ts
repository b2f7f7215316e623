import {
  signUnsubscribeToken,
  UnsubscribeScope,
  unsubscribeUrl,
  verifyUnsubscribeToken,
} from './unsubscribe-token';

const SECRET = 'a-test-secret-that-is-long-enough-0123456789';
const MEMBER = '6f1c1a52-7f5e-4a2b-9a55-2f0d6c1e9b01';
const OTHER = '0b9e1c3d-1111-4222-8333-944455556666';

describe('unsubscribe tokens', () => {
  it('verifies a token for its member and scope', () => {
    const token = signUnsubscribeToken(SECRET, MEMBER, UnsubscribeScope.DIGEST);
    expect(verifyUnsubscribeToken(SECRET, token)).toEqual({
      memberId: MEMBER,
      scope: UnsubscribeScope.DIGEST,
    });
  });

  it('refuses a token moved to another member, another scope, or signed with another secret', () => {
    const token = signUnsubscribeToken(SECRET, MEMBER, UnsubscribeScope.DIGEST);
    const [, , mac] = token.split('.');
    expect(verifyUnsubscribeToken(SECRET, `${OTHER}.DIGEST.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(SECRET, `${MEMBER}.NOTIFICATIONS.${mac}`)).toBeNull();
    expect(verifyUnsubscribeToken(`${SECRET}x`, token)).toBeNull();
  });

  it('refuses malformed tokens', () => {
    for (const bad of ['', 'abc', `${MEMBER}.DIGEST`, `${MEMBER}.NOPE.xyz`, 'x.DIGEST.abc']) {
      expect(verifyUnsubscribeToken(SECRET, bad)).toBeNull();
    }
  });

  it('builds the link on the public URL', () => {
    expect(unsubscribeUrl('https://leerhuis.example/', 'a.b.c')).toBe(
      'https://leerhuis.example/unsubscribe/a.b.c',
    );
  });
});
