import { Outlet } from '@tanstack/react-router';

import { useLanguage } from './i18n';
import { OutageNotice } from './outage-notice';
import { Link, useRouter } from './router';
import { SiteHeader } from './site-header';

export function App() {
  const { t } = useLanguage();
  const { path } = useRouter();
  return (
    <div className="utrecht-page-layout site">
      <a className="nl-skip-link nl-skip-link--visible-on-focus" href="#main">
        {t.skipLink}
      </a>
      <SiteHeader />
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
