import { page, route } from '../route-parts';

// Intervisie: the groups, a group and a case.
const intervisionRoute = route(
  'intervisie',
  page(
    () => import('./groups.page'),
    (m) => <m.IntervisionGroupsPage />,
  ),
);
const intervisionGroupRoute = route(
  'intervisie/groepen/$groupId',
  page(
    () => import('./group.page'),
    (m, p) => <m.IntervisionGroupPage key={p.groupId} groupId={p.groupId} />,
  ),
);
// Emails link to /intervisie/casussen/<id> (libs/intervision jobs/intervision-email.ts).
const intervisionCaseRoute = route(
  'intervisie/casussen/$caseId',
  page(
    () => import('./case.page'),
    (m, p) => <m.IntervisionCasePage key={p.caseId} caseId={p.caseId} />,
  ),
);

export const intervisionRoutes = [
  intervisionRoute,
  intervisionGroupRoute,
  intervisionCaseRoute,
] as const;
