import './site-header.css';

import { Link as RouterLink } from '@tanstack/react-router';
import { type KeyboardEvent, type ReactNode, useEffect, useRef, useState } from 'react';

import { SignOutDocument } from './gql/graphql';
import { request } from './graphql-client';
import { type Messages, useLanguage } from './i18n';
import { useMemberLanguage } from './members/member-language';
import { NotificationsNavLink } from './notifications/notifications-nav-link';
import { Link, useRouter } from './router';
import { HeaderSearch } from './search/header-search';
import { useSession } from './session';
import { Button } from './ui';

/** Main menu: path, label, and whether only that exact path marks it as current. */
const MAIN_MENU: [string, (t: Messages) => string, boolean][] = [
  ['/', (t) => t.navMine, true],
  ['/communities', (t) => t.navDiscover, true],
  ['/communities/nieuw', (t) => t.navPropose, true],
  ['/agenda', (t) => t.navAgenda, false],
  ['/oogst', (t) => t.navLessons, false],
  ['/grenswerkers', (t) => t.navBoundarySpanner, false],
  ['/intervisie', (t) => t.navIntervision, false],
  // Exact: /koffiedate/beheer belongs to the admin menu.
  ['/koffiedate', (t) => t.navCoffeeDate, true],
  ['/leergroepen', (t) => t.navLearningGroups, false],
  ['/leden', (t) => t.navMembers, false],
];

/** Platform admins' pages. */
const ADMIN_MENU: [string, (t: Messages) => string][] = [
  ['/beheer/organisaties', (t) => t.navOrganisations],
  ['/beheer/rollen', (t) => t.navRoles],
  ['/beheer/e-mail', (t) => t.navMailAdmin],
  ['/koffiedate/beheer', (t) => t.navCoffeeDateAdmin],
];

/** Bull Board is served by the API, outside the web app (apps/api/src/admin/bull-board.ts). */
const QUEUES_PATH = '/admin/queues';

/** A menu link that marks the current page (aria-current="page" and a visible bar). */
function MenuLink({ to, exact, children }: { to: string; exact: boolean; children: ReactNode }) {
  return (
    <RouterLink
      // Plain paths, as elsewhere in the app (router.tsx); some are added by other features.
      to={to as never}
      preload="intent"
      className="site-nav__link"
      activeOptions={{ exact, includeSearch: false }}
      activeProps={{ className: 'site-nav__link--current' }}
    >
      {children}
    </RouterLink>
  );
}

/**
 * The page header: logo, search, language, sign-out, the main menu and (for platform admins)
 * the admin menu. Below 64rem the menus, search and buttons fold behind a "Menu" button.
 */
export function SiteHeader() {
  const { t, lang } = useLanguage();
  // A signed-in member's choice is stored on the member (their emails' language too).
  const switchLanguage = useMemberLanguage();
  const { viewer, clear } = useSession();
  const { path, navigate } = useRouter();
  const [open, setOpen] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const other = lang === 'nl' ? 'en' : 'nl';
  const member = Boolean(viewer && !viewer.needsProfile);
  const admin = member && viewer?.member?.platformRole === 'ADMIN';

  // Any navigation (a menu link, back, a link in the page) closes the menu.
  useEffect(() => setOpen(false), [path]);

  async function signOut() {
    try {
      await request(SignOutDocument);
    } finally {
      clear();
      navigate('/inloggen');
    }
  }

  function onKeyDown(event: KeyboardEvent) {
    if (event.key === 'Escape' && open) {
      setOpen(false);
      toggle.current?.focus();
    }
  }

  return (
    <header className="utrecht-page-header site-header" onKeyDown={onKeyDown}>
      <div className="site-header__inner">
        <div className="site-header__bar">
          <Link href="/" className="site-logo">
            <span className="site-logo__mark" aria-hidden="true" />
            <span className="site-logo__text">
              <span className="site-logo__name">{t.appName}</span>
              <span className="site-logo__tagline">{t.tagline}</span>
            </span>
          </Link>
          {member && (
            <button
              ref={toggle}
              type="button"
              className="utrecht-button utrecht-button--subtle site-menu-toggle"
              aria-expanded={open}
              aria-controls="site-menu"
              onClick={() => setOpen(!open)}
            >
              <span
                className={`site-menu-toggle__icon${open ? ' site-menu-toggle__icon--open' : ''}`}
                aria-hidden="true"
              />
              {t.menu}
            </button>
          )}
        </div>
        <div
          id="site-menu"
          className={[
            'site-header__menu',
            member && 'site-header__menu--collapsible',
            open && 'site-header__menu--open',
          ]
            .filter(Boolean)
            .join(' ')}
          // The same page's link closes the menu too (the path does not change then).
          onClick={(event) => {
            if ((event.target as HTMLElement).closest('a')) setOpen(false);
          }}
        >
          {member && <HeaderSearch />}
          <div className="site-header__tools">
            {/* Beside the buttons, not in the main menu: it is the member's own, like sign-out. */}
            {member && (
              <ul className="site-header__links">
                <NotificationsNavLink />
                <li>
                  <MenuLink to="/profiel" exact={false}>
                    {t.navProfile}
                  </MenuLink>
                </li>
              </ul>
            )}
            <Button
              appearance="subtle"
              lang={other}
              aria-label={t.switchLanguageLabel}
              onClick={() => switchLanguage(other)}
            >
              {t.switchLanguage}
            </Button>
            {viewer && (
              <Button appearance="subtle" onClick={() => void signOut()}>
                {t.signOut}
              </Button>
            )}
          </div>
          {member && (
            <nav aria-label={t.mainNav} className="site-nav">
              <ul className="site-nav__links">
                {MAIN_MENU.map(([href, label, exact]) => (
                  <li key={href}>
                    <MenuLink to={href} exact={exact}>
                      {label(t)}
                    </MenuLink>
                  </li>
                ))}
              </ul>
            </nav>
          )}
          {admin && (
            <nav aria-label={t.adminNav} className="site-nav site-nav--admin">
              <span className="site-nav__title">{t.adminNavTitle}</span>
              <ul className="site-nav__links">
                {ADMIN_MENU.map(([href, label]) => (
                  <li key={href}>
                    <MenuLink to={href} exact={false}>
                      {label(t)}
                    </MenuLink>
                  </li>
                ))}
                <li>
                  <a href={QUEUES_PATH} className="site-nav__link">
                    {t.navQueues}
                  </a>
                </li>
              </ul>
            </nav>
          )}
        </div>
      </div>
    </header>
  );
}
