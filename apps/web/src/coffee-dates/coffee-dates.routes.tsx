import { createRoute } from '@tanstack/react-router';

import { page, rootRoute, strings } from '../route-parts';

// Koffiedate: the member page and the beheer page.
export const koffiedateRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'koffiedate',
  // The block list's member search: ?zoek=…
  validateSearch: strings('zoek'),
  component: page(
    () => import('./koffiedate.page'),
    (m) => <m.KoffiedatePage />,
  ),
});
export const koffiedateAdminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'koffiedate/beheer',
  // The round shown: ?ronde=<id>
  validateSearch: strings('ronde'),
  component: page(
    () => import('./admin.page'),
    (m) => <m.CoffeeDateAdminPage />,
  ),
});

export const coffeeDateRoutes = [koffiedateRoute, koffiedateAdminRoute] as const;
