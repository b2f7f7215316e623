import { SignOutDocument } from './gql/graphql';
import { request } from './graphql-client';
import { useLanguage } from './i18n';
import { CompleteProfilePage } from './pages/complete-profile.page';
import { HomePage } from './pages/home.page';
import { NotFoundPage } from './pages/not-found.page';
import { SignInPage } from './pages/sign-in.page';
import { Link, useRouter } from './router';
import { useSession } from './session';
import { Button } from './ui';

const PAGES: Record<string, () => React.JSX.Element> = {
  '/': HomePage,
  '/inloggen': SignInPage,
  '/profiel/aanvullen': CompleteProfilePage,
};

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
        <nav aria-label={t.mainNav} className="site-nav">
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
  const Page = PAGES[path.replace(/\/+$/, '') || '/'] ?? NotFoundPage;
  return (
    <div className="utrecht-page-layout site">
      <a className="nl-skip-link nl-skip-link--visible-on-focus" href="#main">
        {t.skipLink}
      </a>
      <Header />
      <main id="main" tabIndex={-1} className="utrecht-page-body site-main">
        <div className="utrecht-page-content site-content">
          <Page />
        </div>
      </main>
      <footer className="rhc-page-footer utrecht-page-footer site-footer">
        <p className="nl-paragraph">{t.footer}</p>
      </footer>
    </div>
  );
}
