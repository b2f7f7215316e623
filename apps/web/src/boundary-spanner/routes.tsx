import { NotFoundPage } from '../pages/not-found.page';
import { styleFromSlug } from './messages';
import { ProfilePage } from './profile.page';
import { QuestionnairePage } from './questionnaire.page';
import { StylePage, StylesPage } from './style.page';

/** The grenswerkersprofiel's pages, or null when the path is not one of them. */
export function boundarySpannerRoute(path: string): React.JSX.Element | null {
  if (path === '/grenswerkers') return <ProfilePage />;
  if (path === '/grenswerkers/vragenlijst') return <QuestionnairePage />;
  if (path === '/grenswerkers/stijlen') return <StylesPage />;
  const page = /^\/grenswerkers\/stijlen\/([^/]+)$/.exec(path);
  if (page) {
    const style = styleFromSlug(decodeURIComponent(page[1]));
    return style ? <StylePage key={style} style={style} /> : <NotFoundPage />;
  }
  return null;
}
