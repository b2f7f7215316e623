import { CoffeeDateAdminPage } from './admin.page';
import { KoffiedatePage } from './koffiedate.page';

/** The koffiedate's pages, or null when the path is not one of them. */
export function coffeeDateRoute(path: string): React.JSX.Element | null {
  if (path === '/koffiedate') return <KoffiedatePage />;
  if (path === '/koffiedate/beheer') return <CoffeeDateAdminPage />;
  return null;
}
