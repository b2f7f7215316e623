import { PeerIntroductionsPage } from './introductions/introductions.page';
import { LearningGroupPage } from './learning-group.page';
import { LearningGroupsOverviewPage } from './overview.page';

/** The leergroepen's pages, or null when the path is not one of them. */
export function learningGroupRoute(path: string): React.JSX.Element | null {
  if (path === '/leergroepen') return <LearningGroupsOverviewPage />;
  // Peer introductions; the emails link to /kennismaken/<id>.
  if (path === '/kennismaken') return <PeerIntroductionsPage />;
  const introduction = /^\/kennismaken\/([^/]+)$/.exec(path);
  if (introduction) return <PeerIntroductionsPage focusId={decodeURIComponent(introduction[1])} />;
  // Composition emails link to /leergroepen/<id>.
  const page = /^\/leergroepen\/([^/]+)$/.exec(path);
  if (page) {
    const id = decodeURIComponent(page[1]);
    return <LearningGroupPage key={id} id={id} />;
  }
  return null;
}
