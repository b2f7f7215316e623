import { redactUrl } from './http-logging';

describe('redactUrl', () => {
  it('keeps the path and drops the query string and token segments', () => {
    expect(redactUrl('/auth/sign-in?token=abc.def')).toBe('/auth/sign-in?[redacted]');
    expect(redactUrl('/coffee-dates/link?token=x&answer=yes')).toBe(
      '/coffee-dates/link?[redacted]',
    );
    expect(redactUrl('/e-mail-bevestigen?token=x#top')).toBe('/e-mail-bevestigen?[redacted]');
    expect(redactUrl('/unsubscribe/v1.abc.def')).toBe('/unsubscribe/[redacted]');
    expect(redactUrl('/unsubscribe/v1.abc.def?x=1')).toBe('/unsubscribe/[redacted]?[redacted]');
    expect(redactUrl('/graphql')).toBe('/graphql');
    expect(redactUrl('/meetings/0b6f/ics')).toBe('/meetings/0b6f/ics');
    expect(redactUrl(undefined)).toBe('');
  });
});
