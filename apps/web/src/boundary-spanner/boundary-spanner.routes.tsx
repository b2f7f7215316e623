import { NotFoundPage } from '../pages/not-found.page';
import { page, route } from '../route-parts';

// The grenswerkersprofiel: profile, questionnaire and the styles.
const boundarySpannerRoute = route(
  'grenswerkers',
  page(
    () => import('./profile.page'),
    (m) => <m.ProfilePage />,
  ),
);
const questionnaireRoute = route(
  'grenswerkers/vragenlijst',
  page(
    () => import('./questionnaire.page'),
    (m) => <m.QuestionnairePage />,
  ),
);
const stylesRoute = route(
  'grenswerkers/stijlen',
  page(
    () => import('./style.page'),
    (m) => <m.StylesPage />,
  ),
);
const styleRoute = route(
  'grenswerkers/stijlen/$style',
  page(
    () => Promise.all([import('./style.page'), import('./messages')]),
    ([m, messages], p) => {
      const style = messages.styleFromSlug(p.style);
      return style ? <m.StylePage key={style} style={style} /> : <NotFoundPage />;
    },
  ),
);

export const boundarySpannerRoutes = [
  boundarySpannerRoute,
  questionnaireRoute,
  stylesRoute,
  styleRoute,
] as const;
