import { createRoute, createRouter } from '@tanstack/react-router';

import { adminRoutes } from './admin/admin.routes';
import { boundarySpannerRoutes } from './boundary-spanner/boundary-spanner.routes';
import { coffeeDateRoutes } from './coffee-dates/coffee-dates.routes';
import { communitiesRoutes } from './communities/communities.routes';
import { intervisionRoutes } from './intervision/intervision.routes';
import { learningGroupRoutes } from './learning-groups/learning-groups.routes';
import { lessonsRoutes } from './lessons/lessons.routes';
import { membersRoutes } from './members/members.routes';
import { page, rootRoute, route, strings } from './route-parts';

// The app's routes, written as code (no file-based generator). Every page is loaded on demand
// (its own chunk), so the first page downloads only the shell and that page. Each area's routes
// are in its folder (<area>/<area>.routes.tsx); the site-wide pages are here.

// --- home, sign-in, profile
const homeRoute = route(
  '/',
  page(
    () => import('./pages/home.page'),
    (m) => <m.HomePage />,
  ),
);
const signInRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'inloggen',
  // Why signing in with an organisation account failed: ?fout=<code>&aanbieder=<id>
  validateSearch: strings('fout', 'aanbieder'),
  component: page(
    () => import('./pages/sign-in.page'),
    (m) => <m.SignInPage />,
  ),
});
const completeProfileRoute = route(
  'profiel/aanvullen',
  page(
    () => import('./pages/complete-profile.page'),
    (m) => <m.CompleteProfilePage />,
  ),
);
// My profile: every part and who sees it.
const profileRoute = route(
  'profiel',
  page(
    () => import('./members/profile.page'),
    (m) => <m.ProfilePage />,
  ),
);

// Export and erasure of one's own data; the emailed links open /data-rights/… (API pages).
const myDataRoute = route(
  'profiel/gegevens',
  page(
    () => import('./data-rights/my-data.page'),
    (m) => <m.MyDataPage />,
  ),
);
// The statements every government site publishes; linked from the footer of every page.
const accessibilityRoute = route(
  'toegankelijkheid',
  page(
    () => import('./statements/statements.page'),
    (m) => <m.AccessibilityStatementPage />,
  ),
);
const privacyRoute = route(
  'privacy',
  page(
    () => import('./statements/statements.page'),
    (m) => <m.PrivacyStatementPage />,
  ),
);

// --- notifications, search, agenda, address confirmation
const notificationsRoute = route(
  'meldingen',
  page(
    () => import('./notifications/notification-list.page'),
    (m) => <m.NotificationListPage />,
  ),
);
const notificationSettingsRoute = route(
  'instellingen/meldingen',
  page(
    () => import('./notifications/notification-settings.page'),
    (m) => <m.NotificationSettingsPage />,
  ),
);
// One search for everything: /zoeken?q=…&soort=… (the header's search box leads here).
export const searchRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'zoeken',
  // (The page checks that `soort` is a known kind.)
  validateSearch: strings('q', 'soort'),
  component: page(
    () => import('./search/search.page'),
    (m) => <m.SearchPage />,
  ),
});
// The platform agenda and the personal calendar feed: /agenda?mijn=ja&na=…
const agendaRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'agenda',
  validateSearch: strings('mijn', 'na'),
  component: page(
    () => import('./agenda/agenda.page'),
    (m) => <m.AgendaPage />,
  ),
});
// The confirmation email links here (libs/email-delivery send-email-confirmation.job.ts).
const confirmEmailRoute = route(
  'e-mail-bevestigen',
  page(
    () => import('./email-delivery/confirm-email.page'),
    (m) => <m.ConfirmEmailPage />,
  ),
);

export const routeTree = rootRoute.addChildren([
  homeRoute,
  signInRoute,
  completeProfileRoute,
  profileRoute,
  membersRoutes,
  myDataRoute,
  accessibilityRoute,
  privacyRoute,
  communitiesRoutes,
  ...boundarySpannerRoutes,
  ...intervisionRoutes,
  ...coffeeDateRoutes,
  ...learningGroupRoutes,
  notificationsRoute,
  notificationSettingsRoute,
  ...adminRoutes,
  confirmEmailRoute,
  searchRoute,
  lessonsRoutes,
  agendaRoute,
]);

export function createAppRouter() {
  return createRouter({
    routeTree,
    // Back and forward restore the scroll position; a new page starts at the top.
    scrollRestoration: true,
    // Code for a linked page is fetched while the pointer rests on (or focus is on) the link.
    defaultPreload: false,
    // `/communities/` is `/communities`, as before.
    trailingSlash: 'never',
  });
}

declare module '@tanstack/react-router' {
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
