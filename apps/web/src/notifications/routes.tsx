import { NotificationListPage } from './notification-list.page';
import { NotificationSettingsPage } from './notification-settings.page';

/** The notification pages (list, settings), or null when the path is not one of them. */
export function notificationRoute(path: string): React.JSX.Element | null {
  if (path === '/meldingen') return <NotificationListPage />;
  if (path === '/instellingen/meldingen') return <NotificationSettingsPage />;
  return null;
}
