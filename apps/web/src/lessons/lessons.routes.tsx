import { createRoute, Outlet } from '@tanstack/react-router';

import { page, rootRoute, route, strings } from '../route-parts';

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
    () => import('./lessons.page'),
    (m) => <m.LessonsPage />,
  ),
});
const lessonRoute = route(
  '$lessonId',
  page(
    () => import('./lesson.page'),
    (m, p) => <m.LessonPage key={p.lessonId} id={p.lessonId} />,
  ),
  lessonsRoute,
);

export const lessonsRoutes = lessonsRoute.addChildren([lessonsIndexRoute, lessonRoute]);
