import { createRoute, Outlet, redirect } from '@tanstack/react-router';

import { page, rootRoute, route, strings } from '../route-parts';

// Communities: /communities and everything under it share one layout route.
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
    () => import('../pages/discover.page'),
    (m) => <m.DiscoverPage />,
  ),
});
const proposeRoute = route(
  'nieuw',
  page(
    () => import('../pages/propose-community.page'),
    (m) => <m.ProposeCommunityPage />,
  ),
  communitiesRoute,
);
// Invitation emails link here (libs/communities send-community-invitation.job.ts).
const invitationRoute = route(
  'invitation',
  page(
    () => import('../pages/invitation.page'),
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
    () => import('./community.layout'),
    (m, p) => <m.CommunityLayout key={p.slug} slug={p.slug} />,
  ),
});
const section = (path: string, component: ReturnType<typeof page>) =>
  route(path, component, communitySectionsRoute);
const communitySectionRoutes = [
  section(
    '/',
    page(
      () => import('./overview.section'),
      (m) => <m.OverviewSection />,
    ),
  ),
  section(
    'discussies',
    page(
      () => import('./discussions.section'),
      (m) => <m.DiscussionsSection />,
    ),
  ),
  section(
    'bijeenkomsten',
    page(
      () => import('./meetings.section'),
      (m) => <m.MeetingsSection />,
    ),
  ),
  section(
    'oogst',
    page(
      () => import('./harvest.section'),
      (m) => <m.HarvestSection />,
    ),
  ),
  // A page of members at a time: ?na=<cursor>.
  createRoute({
    getParentRoute: () => communitySectionsRoute,
    path: 'leden',
    validateSearch: strings('na'),
    component: page(
      () => import('./members.section'),
      (m) => <m.MembersSection />,
    ),
  }),
  section(
    'beheer',
    page(
      () => import('./manage.section'),
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
    () => import('../meetings/meeting.page'),
    (m, p) => <m.MeetingPage key={p.meetingId} slug={p.slug} meetingId={p.meetingId} />,
  ),
  communityRoute,
);
// Discussion emails link to /communities/<slug>/discussions/<threadId>.
const threadRoute = route(
  'discussions/$threadId',
  page(
    () => import('../discussions/thread.page'),
    (m, p) => <m.ThreadPage key={p.threadId} slug={p.slug} threadId={p.threadId} />,
  ),
  communityRoute,
);
const moderationRoute = route(
  'moderatie',
  page(
    () => import('../discussions/moderation.page'),
    (m, p) => <m.ModerationPage key={p.slug} slug={p.slug} />,
  ),
  communityRoute,
);

export const communitiesRoutes = communitiesRoute.addChildren([
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
]);
