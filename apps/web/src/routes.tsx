import {
  type AnyRoute,
  createRootRoute,
  createRoute,
  createRouter,
  Outlet,
  redirect,
  useParams,
} from '@tanstack/react-router';
import type { ReactNode } from 'react';

import { App } from './app';
import { NotFoundPage } from './pages/not-found.page';

// The app's routes, written as code (no file-based generator). Every page is loaded on demand
// (its own chunk), so the first page downloads only the shell and that page.

type Params = Record<string, string>;

/**
 * A route component that loads its page module on demand. `render` gets the module and the
 * (decoded) path params; the router preloads the module before it shows the route.
 */
function page<M>(importer: () => Promise<M>, render: (module: M, params: Params) => ReactNode) {
  let loaded: M | undefined;
  let pending: Promise<void> | undefined;
  let failure: unknown;
  const load = () =>
    (pending ??= importer().then(
      (module) => {
        loaded = module;
      },
      (error: unknown) => {
        // A later visit tries again (e.g. after a deploy replaced the chunk).
        failure = error;
        pending = undefined;
      },
    ));
  function Page() {
    const params = useParams({ strict: false }) as Params;
    if (failure) {
      const error = failure;
      failure = undefined;
      throw error;
    }
    // Suspends until the module is there (normally already preloaded by the router).
    if (!loaded) throw load();
    return <>{render(loaded, params)}</>;
  }
  Page.preload = load;
  return Page;
}

/** Keeps only string values of the named search params: unknown or malformed ones drop out. */
function strings<K extends string>(...names: K[]) {
  return (search: Record<string, unknown>): Partial<Record<K, string>> => {
    const out: Partial<Record<K, string>> = {};
    for (const name of names) {
      const value = search[name];
      if (typeof value === 'string' && value !== '') out[name] = value;
      // A numeric-looking value arrives parsed as a number.
      else if (typeof value === 'number') out[name] = String(value);
    }
    return out;
  };
}

const rootRoute = createRootRoute({ component: App, notFoundComponent: NotFoundPage });

const route = (path: string, component: ReturnType<typeof page>, parent: AnyRoute = rootRoute) =>
  createRoute({ getParentRoute: () => parent, path, component });

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

// --- members: the directory (/leden) and member pages (/leden/<id>)
const membersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'leden',
  component: Outlet,
});
export const directoryRoute = createRoute({
  getParentRoute: () => membersRoute,
  path: '/',
  // ?zoek=…&organisatie=<id>&thema=…&aanbod=…
  validateSearch: strings('zoek', 'organisatie', 'thema', 'aanbod'),
  component: page(
    () => import('./members/directory.page'),
    (m) => <m.DirectoryPage />,
  ),
});
const memberRoute = route(
  '$memberId',
  page(
    () => import('./members/member.page'),
    (m, p) => <m.MemberPage key={p.memberId} id={p.memberId} />,
  ),
  membersRoute,
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

// --- communities: /communities and everything under it share one layout route
const communitiesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'communities',
  component: Outlet,
});
export const discoverRoute = createRoute({
  getParentRoute: () => communitiesRoute,
  path: '/',
  // The search and its filters are in the URL: ?zoek=…&thema=…&fase=…
  // (The page checks that `fase` is a known phase.)
  validateSearch: strings('zoek', 'thema', 'fase'),
  component: page(
    () => import('./pages/discover.page'),
    (m) => <m.DiscoverPage />,
  ),
});
const proposeRoute = route(
  'nieuw',
  page(
    () => import('./pages/propose-community.page'),
    (m) => <m.ProposeCommunityPage />,
  ),
  communitiesRoute,
);
// Invitation emails link here (libs/communities send-community-invitation.job.ts).
const invitationRoute = route(
  'invitation',
  page(
    () => import('./pages/invitation.page'),
    (m) => <m.InvitationPage />,
  ),
  communitiesRoute,
);
/** One CoP (/communities/$slug): its page and the pages under it. */
const communityRoute = createRoute({
  getParentRoute: () => communitiesRoute,
  path: '$slug',
  component: Outlet,
});
// The CoP page is a layout (name, section menu) around one section per URL, each its own chunk:
// /communities/<slug> (overview; approval emails link here), …/discussies, …/bijeenkomsten,
// …/oogst, …/leden, …/beheer (join-request emails link here). communities/sections.ts names them.
const communitySectionsRoute = createRoute({
  getParentRoute: () => communityRoute,
  id: 'sections',
  component: page(
    () => import('./communities/community.layout'),
    (m, p) => <m.CommunityLayout key={p.slug} slug={p.slug} />,
  ),
});
const section = (path: string, component: ReturnType<typeof page>) =>
  route(path, component, communitySectionsRoute);
const communitySectionRoutes = [
  section(
    '/',
    page(
      () => import('./communities/overview.section'),
      (m) => <m.OverviewSection />,
    ),
  ),
  section(
    'discussies',
    page(
      () => import('./communities/discussions.section'),
      (m) => <m.DiscussionsSection />,
    ),
  ),
  section(
    'bijeenkomsten',
    page(
      () => import('./communities/meetings.section'),
      (m) => <m.MeetingsSection />,
    ),
  ),
  section(
    'oogst',
    page(
      () => import('./communities/harvest.section'),
      (m) => <m.HarvestSection />,
    ),
  ),
  section(
    'leden',
    page(
      () => import('./communities/members.section'),
      (m) => <m.MembersSection />,
    ),
  ),
  section(
    'beheer',
    page(
      () => import('./communities/manage.section'),
      (m) => <m.ManageSection />,
    ),
  ),
];
// /communities/<slug>/discussions (a thread's URL cut short) is the discussions section.
const discussionsAliasRoute = createRoute({
  getParentRoute: () => communityRoute,
  path: 'discussions',
  beforeLoad: ({ params }) => {
    throw redirect({
      href: `/communities/${encodeURIComponent(params.slug)}/discussies`,
      replace: true,
    });
  },
});
// Meeting invitations link to /communities/<slug>/bijeenkomsten/<id>.
const meetingRoute = route(
  'bijeenkomsten/$meetingId',
  page(
    () => import('./meetings/meeting.page'),
    (m, p) => <m.MeetingPage key={p.meetingId} slug={p.slug} meetingId={p.meetingId} />,
  ),
  communityRoute,
);
// Discussion emails link to /communities/<slug>/discussions/<threadId>.
const threadRoute = route(
  'discussions/$threadId',
  page(
    () => import('./discussions/thread.page'),
    (m, p) => <m.ThreadPage key={p.threadId} slug={p.slug} threadId={p.threadId} />,
  ),
  communityRoute,
);
const moderationRoute = route(
  'moderatie',
  page(
    () => import('./discussions/moderation.page'),
    (m, p) => <m.ModerationPage key={p.slug} slug={p.slug} />,
  ),
  communityRoute,
);

// --- grenswerkersprofiel
const boundarySpannerRoute = route(
  'grenswerkers',
  page(
    () => import('./boundary-spanner/profile.page'),
    (m) => <m.ProfilePage />,
  ),
);
const questionnaireRoute = route(
  'grenswerkers/vragenlijst',
  page(
    () => import('./boundary-spanner/questionnaire.page'),
    (m) => <m.QuestionnairePage />,
  ),
);
const stylesRoute = route(
  'grenswerkers/stijlen',
  page(
    () => import('./boundary-spanner/style.page'),
    (m) => <m.StylesPage />,
  ),
);
const styleRoute = route(
  'grenswerkers/stijlen/$style',
  page(
    () =>
      Promise.all([import('./boundary-spanner/style.page'), import('./boundary-spanner/messages')]),
    ([m, messages], p) => {
      const style = messages.styleFromSlug(p.style);
      return style ? <m.StylePage key={style} style={style} /> : <NotFoundPage />;
    },
  ),
);

// --- intervisie
const intervisionRoute = route(
  'intervisie',
  page(
    () => import('./intervision/groups.page'),
    (m) => <m.IntervisionGroupsPage />,
  ),
);
const intervisionGroupRoute = route(
  'intervisie/groepen/$groupId',
  page(
    () => import('./intervision/group.page'),
    (m, p) => <m.IntervisionGroupPage key={p.groupId} groupId={p.groupId} />,
  ),
);
// Emails link to /intervisie/casussen/<id> (libs/intervision jobs/intervision-email.ts).
const intervisionCaseRoute = route(
  'intervisie/casussen/$caseId',
  page(
    () => import('./intervision/case.page'),
    (m, p) => <m.IntervisionCasePage key={p.caseId} caseId={p.caseId} />,
  ),
);

// --- koffiedate
export const koffiedateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'koffiedate',
  // The block list's member search: ?zoek=…
  validateSearch: strings('zoek'),
  component: page(
    () => import('./coffee-dates/koffiedate.page'),
    (m) => <m.KoffiedatePage />,
  ),
});
export const koffiedateAdminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'koffiedate/beheer',
  // The round shown: ?ronde=<id>
  validateSearch: strings('ronde'),
  component: page(
    () => import('./coffee-dates/admin.page'),
    (m) => <m.CoffeeDateAdminPage />,
  ),
});

// --- leergroepen and peer introductions
const learningGroupsRoute = route(
  'leergroepen',
  page(
    () => import('./learning-groups/overview.page'),
    (m) => <m.LearningGroupsOverviewPage />,
  ),
);
// Composition emails link to /leergroepen/<id>.
const learningGroupRoute = route(
  'leergroepen/$id',
  page(
    () => import('./learning-groups/learning-group.page'),
    (m, p) => <m.LearningGroupPage key={p.id} id={p.id} />,
  ),
);
// Peer introductions; the emails link to /kennismaken/<id>.
const introductionsRoute = route(
  'kennismaken',
  page(
    () => import('./learning-groups/introductions/introductions.page'),
    (m) => <m.PeerIntroductionsPage />,
  ),
);
const introductionRoute = route(
  'kennismaken/$id',
  page(
    () => import('./learning-groups/introductions/introductions.page'),
    (m, p) => <m.PeerIntroductionsPage focusId={p.id} />,
  ),
);

// --- notifications, admin email, address confirmation
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
const mailAdminRoute = route(
  'beheer/e-mail',
  page(
    () => import('./mail-admin/mail-admin.page'),
    (m) => <m.MailAdminPage />,
  ),
);
// Beheer of the organisation tree (?organisatie=… is the one being changed) and platform roles.
const organisationsAdminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'beheer/organisaties',
  validateSearch: strings('organisatie'),
  component: page(
    () => import('./admin/organisations.page'),
    (m) => <m.OrganisationsAdminPage />,
  ),
});
const rolesAdminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'beheer/rollen',
  validateSearch: strings('zoek'),
  component: page(
    () => import('./admin/roles.page'),
    (m) => <m.RolesAdminPage />,
  ),
});
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
// Every lesson the viewer may read: /oogst?soort=…&type=…&thema=…&cop=…&na=… (digests link
// to /oogst/<id>, libs/digests digest-email.ts).
const lessonsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'oogst',
  component: Outlet,
});
const lessonsIndexRoute = createRoute({
  getParentRoute: () => lessonsRoute,
  path: '/',
  validateSearch: strings('soort', 'type', 'thema', 'cop', 'na'),
  component: page(
    () => import('./lessons/lessons.page'),
    (m) => <m.LessonsPage />,
  ),
});
const lessonRoute = route(
  '$lessonId',
  page(
    () => import('./lessons/lesson.page'),
    (m, p) => <m.LessonPage key={p.lessonId} id={p.lessonId} />,
  ),
  lessonsRoute,
);
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
  membersRoute.addChildren([directoryRoute, memberRoute]),
  myDataRoute,
  accessibilityRoute,
  privacyRoute,
  communitiesRoute.addChildren([
    discoverRoute,
    proposeRoute,
    invitationRoute,
    communityRoute.addChildren([
      communitySectionsRoute.addChildren(communitySectionRoutes),
      discussionsAliasRoute,
      meetingRoute,
      threadRoute,
      moderationRoute,
    ]),
  ]),
  boundarySpannerRoute,
  questionnaireRoute,
  stylesRoute,
  styleRoute,
  intervisionRoute,
  intervisionGroupRoute,
  intervisionCaseRoute,
  koffiedateRoute,
  koffiedateAdminRoute,
  learningGroupsRoute,
  learningGroupRoute,
  introductionsRoute,
  introductionRoute,
  notificationsRoute,
  notificationSettingsRoute,
  mailAdminRoute,
  organisationsAdminRoute,
  rolesAdminRoute,
  confirmEmailRoute,
  searchRoute,
  lessonsRoute.addChildren([lessonsIndexRoute, lessonRoute]),
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
