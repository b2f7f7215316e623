import { useBoundarySpannerText } from './boundary-spanner/messages';
import { boundarySpannerRoute } from './boundary-spanner/routes';
import { useCoffeeDateText } from './coffee-dates/messages';
import { coffeeDateRoute } from './coffee-dates/routes';
import { useCommunityText } from './communities/messages';
import { discussionRoute } from './discussions/routes';
import { emailDeliveryRoute } from './email-delivery/routes';
import { SignOutDocument } from './gql/graphql';
import { request } from './graphql-client';
import { useLanguage } from './i18n';
import { useIntervisionText } from './intervision/messages';
import { intervisionRoute } from './intervision/routes';
import { useLearningGroupText } from './learning-groups/messages';
import { learningGroupRoute } from './learning-groups/routes';
import { mailAdminRoute } from './mail-admin/routes';
import { MeetingPage } from './meetings/meeting.page';
import { NotificationsNavLink } from './notifications/notifications-nav-link';
import { notificationRoute } from './notifications/routes';
import { OutageNotice } from './outage-notice';
import { CommunityPage } from './pages/community.page';
import { CompleteProfilePage } from './pages/complete-profile.page';
import { DiscoverPage } from './pages/discover.page';
import { HomePage } from './pages/home.page';
import { InvitationPage } from './pages/invitation.page';
import { NotFoundPage } from './pages/not-found.page';
import { ProposeCommunityPage } from './pages/propose-community.page';
import { SignInPage } from './pages/sign-in.page';
import { Link, useRouter } from './router';
import { HeaderSearch } from './search/header-search';
import { SearchPage } from './search/search.page';
import { useSession } from './session';
import { Button } from './ui';

const PAGES: Record<string, () => React.JSX.Element> = {
  '/': HomePage,
  '/inloggen': SignInPage,
  '/profiel/aanvullen': CompleteProfilePage,
  '/communities': DiscoverPage,
  '/communities/nieuw': ProposeCommunityPage,
  // Invitation emails link here (libs/communities send-community-invitation.job.ts).
  '/communities/invitation': InvitationPage,
  '/zoeken': SearchPage,
};

function page(path: string): React.JSX.Element {
  const Page = PAGES[path];
  if (Page) return <Page />;
  // Meeting invitations link to /communities/<slug>/bijeenkomsten/<id>.
  const meeting = /^\/communities\/([^/]+)\/bijeenkomsten\/([^/]+)$/.exec(path);
  if (meeting) {
    return (
      <MeetingPage
        key={meeting[2]}
        slug={decodeURIComponent(meeting[1])}
        meetingId={decodeURIComponent(meeting[2])}
      />
    );
  }
  // Discussion emails link to /communities/<slug>/discussions/<threadId>.
  const discussions = discussionRoute(path);
  if (discussions) return discussions;
  const boundarySpanner = boundarySpannerRoute(path);
  if (boundarySpanner) return boundarySpanner;
  const intervision = intervisionRoute(path);
  if (intervision) return intervision;
  const coffeeDate = coffeeDateRoute(path);
  if (coffeeDate) return coffeeDate;
  const learningGroup = learningGroupRoute(path);
  if (learningGroup) return learningGroup;
  const notifications = notificationRoute(path);
  if (notifications) return notifications;
  const mailAdmin = mailAdminRoute(path);
  if (mailAdmin) return mailAdmin;
  const emailDelivery = emailDeliveryRoute(path);
  if (emailDelivery) return emailDelivery;
  // Approval emails link to /communities/<slug>.
  const cop = /^\/communities\/([^/]+)$/.exec(path);
  if (cop) return <CommunityPage key={cop[1]} slug={decodeURIComponent(cop[1])} />;
  return <NotFoundPage />;
}

function Header() {
  const { t, lang, setLang } = useLanguage();
  const { c } = useCommunityText();
  const { b } = useBoundarySpannerText();
  const { v } = useIntervisionText();
  const { k } = useCoffeeDateText();
  const { l } = useLearningGroupText();
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
                  ['/', c.navMine],
                  ['/communities', c.navDiscover],
                  ['/communities/nieuw', c.navPropose],
                  ['/grenswerkers', b.nav],
                  ['/intervisie', v.nav],
                  ['/koffiedate', k.nav],
                  ['/leergroepen', l.nav],
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
          {page(path.replace(/\/+$/, '') || '/')}
        </div>
      </main>
      <footer className="rhc-page-footer utrecht-page-footer site-footer">
        <p className="nl-paragraph">{t.footer}</p>
      </footer>
    </div>
  );
}
