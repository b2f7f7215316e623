import { page, route } from '../route-parts';

// Leergroepen and peer introductions.
const learningGroupsRoute = route(
  'leergroepen',
  page(
    () => import('./overview.page'),
    (m) => <m.LearningGroupsOverviewPage />,
  ),
);
// Composition emails link to /leergroepen/<id>.
const learningGroupRoute = route(
  'leergroepen/$id',
  page(
    () => import('./learning-group.page'),
    (m, p) => <m.LearningGroupPage key={p.id} id={p.id} />,
  ),
);
// Peer introductions; the emails link to /kennismaken/<id>.
const introductionsRoute = route(
  'kennismaken',
  page(
    () => import('./introductions/introductions.page'),
    (m) => <m.PeerIntroductionsPage />,
  ),
);
const introductionRoute = route(
  'kennismaken/$id',
  page(
    () => import('./introductions/introductions.page'),
    (m, p) => <m.PeerIntroductionsPage focusId={p.id} />,
  ),
);

export const learningGroupRoutes = [
  learningGroupsRoute,
  learningGroupRoute,
  introductionsRoute,
  introductionRoute,
] as const;
