import { createRoute, Outlet } from '@tanstack/react-router';

import { page, rootRoute, route, strings } from '../route-parts';

// Members: the directory (/leden) and member pages (/leden/<id>).
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
    () => import('./directory.page'),
    (m) => <m.DirectoryPage />,
  ),
});
const memberRoute = route(
  '$memberId',
  page(
    () => import('./member.page'),
    (m, p) => <m.MemberPage key={p.memberId} id={p.memberId} />,
  ),
  membersRoute,
);

export const membersRoutes = membersRoute.addChildren([directoryRoute, memberRoute]);
