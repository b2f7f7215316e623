import { MailAdminPage } from './mail-admin.page';

/** The admin's email pages, or null when the path is not one of them. */
export function mailAdminRoute(path: string): React.JSX.Element | null {
  if (path === '/beheer/e-mail') return <MailAdminPage />;
  return null;
}
