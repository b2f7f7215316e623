import { hashFeedToken, issueFeedToken, verifyFeedToken } from './feed-token';

const SECRET = 'a-test-secret-of-at-least-32-characters';

describe('feed tokens', () => {
  it('verifies a token it issued, giving the stored hash', () => {
    const { token, hash } = issueFeedToken(SECRET);
    expect(verifyFeedToken(SECRET, token)).toEqual(hash);
    expect(hash).toEqual(hashFeedToken(token));
  });

  it('refuses a tampered token, one signed with another secret, and junk', () => {
    const { token } = issueFeedToken(SECRET);
    const flipped = token.slice(0, 5) + (token[5] === 'A' ? 'B' : 'A') + token.slice(6);
    expect(verifyFeedToken(SECRET, flipped)).toBeNull();
    expect(verifyFeedToken('another-secret-of-at-least-32-characters', token)).toBeNull();
    expect(verifyFeedToken(SECRET, 'x')).toBeNull();
    expect(verifyFeedToken(SECRET, `${token}x`)).toBeNull();
  });
});
