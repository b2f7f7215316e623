import { createRoute } from '@tanstack/react-router';

import { page, rootRoute, route, strings } from '../route-parts';

// Beheer: the email admin, the organisation tree and platform roles.
const mailAdminRoute = route(
  'beheer/e-mail',
  page(
    () => import('../mail-admin/mail-admin.page'),
    (m) => <m.MailAdminPage />,
  ),
);
// Beheer of the organisation tree (?organisatie=… is the one being changed) and platform roles.
const organisationsAdminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'beheer/organisaties',
  validateSearch: strings('organisatie'),
  component: page(
    () => import('./organisations.page'),
    (m) => <m.OrganisationsAdminPage />,
  ),
});
const rolesAdminRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: 'beheer/rollen',
  validateSearch: strings('zoek'),
  component: page(
    () => import('./roles.page'),
    (m) => <m.RolesAdminPage />,
  ),
});

export const adminRoutes = [mailAdminRoute, organisationsAdminRoute, rolesAdminRoute] as const;
