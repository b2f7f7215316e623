import { CoffeeDateLinkPurpose } from './entities/coffee-date-link.entity';
import { confirmLinkPage, linkFailedPage } from './link-pages';

describe(confirmLinkPage.name, () => {
  it('does ask for one click (no script submits it, so mail scanners change nothing)', () => {
    const page = confirmLinkPage('abc', CoffeeDateLinkPurpose.DECLINE, 'nl');
    expect(page).toContain('<form method="post" action="/coffee-dates/link">');
    expect(page).toContain('name="token" value="abc"');
    expect(page).toContain('>Afzeggen</button>');
    expect(page).not.toContain('<script');
  });

  it('does offer a 1–5 rating and a next step for feedback, with labels', () => {
    const page = confirmLinkPage('abc', CoffeeDateLinkPurpose.FEEDBACK, 'en');
    expect(page).toContain('<html lang="en">');
    for (const n of [1, 2, 3, 4, 5]) expect(page).toContain(`name="rating" value="${n}"`);
    expect(page).toContain('<label for="next-step">');
  });

  it('does escape what it shows', () => {
    expect(linkFailedPage('<b>x</b>')).toContain('&lt;b&gt;x&lt;/b&gt;');
  });
});
