import { Outlet } from '@tanstack/react-router';

import { SignOutDocument } from './gql/graphql';
import { request } from './graphql-client';
import { useLanguage } from './i18n';
import { NotificationsNavLink } from './notifications/notifications-nav-link';
import { OutageNotice } from './outage-notice';
import { Link, useRouter } from './router';
import { HeaderSearch } from './search/header-search';
import { useSession } from './session';
import { Button } from './ui';

function Header() {
  const { t, lang, setLang } = useLanguage();
  const { viewer, clear } = useSession();
  const { navigate } = useRouter();
  const other = lang === 'nl' ? 'en' : 'nl';

  async function signOut() {
    try {
      await request(SignOutDocument);
    } finally {
      clear();
      navigate('/inloggen');
    }
  }

  return (
    <header className="utrecht-page-header site-header">
      <div className="site-header__inner">
        <Link href="/" className="site-logo">
          <span className="site-logo__mark" aria-hidden="true" />
          <span className="site-logo__text">
            <span className="site-logo__name">{t.appName}</span>
            <span className="site-logo__tagline">{t.tagline}</span>
          </span>
        </Link>
        {viewer && !viewer.needsProfile && <HeaderSearch />}
        <nav aria-label={t.mainNav} className="site-nav">
          {viewer && !viewer.needsProfile && (
            <ul className="site-nav__links">
              {(
                [
                  ['/', t.navMine],
                  ['/communities', t.navDiscover],
                  ['/communities/nieuw', t.navPropose],
                  ['/grenswerkers', t.navBoundarySpanner],
                  ['/intervisie', t.navIntervision],
                  ['/koffiedate', t.navCoffeeDate],
                  ['/leergroepen', t.navLearningGroups],
                ] as const
              ).map(([href, label]) => (
                <li key={href}>
                  <Link href={href} className="site-nav__link">
                    {label}
                  </Link>
                </li>
              ))}
              <NotificationsNavLink />
            </ul>
          )}
          <Button
            appearance="subtle"
            lang={other}
            aria-label={t.switchLanguageLabel}
            onClick={() => setLang(other)}
          >
            {t.switchLanguage}
          </Button>
          {viewer && (
            <Button appearance="subtle" onClick={() => void signOut()}>
              {t.signOut}
            </Button>
          )}
        </nav>
      </div>
    </header>
  );
}

export function App() {
  const { t } = useLanguage();
  const { path } = useRouter();
  return (
    <div className="utrecht-page-layout site">
      <a className="nl-skip-link nl-skip-link--visible-on-focus" href="#main">
        {t.skipLink}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="utrecht-page-body site-main">
        <div className="utrecht-page-content site-content">
          {/* The sign-in page places it itself, so its error summary need not repeat it. */}
          {path !== '/inloggen' && <OutageNotice />}
          <Outlet />
        </div>
      </main>
      <footer className="rhc-page-footer utrecht-page-footer site-footer">
        <p className="nl-paragraph">{t.footer}</p>
        <p className="nl-paragraph">
          <Link href="/toegankelijkheid">{t.accessibilityStatement}</Link> ·{' '}
          <Link href="/privacy">{t.privacyStatement}</Link>
        </p>
      </footer>
    </div>
  );
}
