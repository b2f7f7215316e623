import './notifications.css';

import { useEffect, useState } from 'react';

import { UnreadNotificationCountDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { Link, useRouter } from '../router';
import { useSession } from '../session';
import { NOTIFICATIONS_CHANGED, useNotificationText } from './messages';

const REFRESH_MS = 60_000;

/** The header's link to the notification list, with the unread count. */
export function NotificationsNavLink(): React.JSX.Element | null {
  const { n } = useNotificationText();
  const { viewer } = useSession();
  const { path } = useRouter();
  const [unread, setUnread] = useState(0);
  const signedIn = Boolean(viewer && !viewer.needsProfile);

  // Refreshed on every page change, every minute, and when the list marks items read.
  useEffect(() => {
    if (!signedIn) return;
    let live = true;
    const load = () =>
      request(UnreadNotificationCountDocument)
        .then((data) => live && setUnread(data.unreadNotificationCount))
        .catch(() => undefined);
    void load();
    const timer = window.setInterval(load, REFRESH_MS);
    window.addEventListener(NOTIFICATIONS_CHANGED, load);
    return () => {
      live = false;
      window.clearInterval(timer);
      window.removeEventListener(NOTIFICATIONS_CHANGED, load);
    };
  }, [signedIn, path]);

  if (!signedIn) return null;
  return (
    <li>
      <Link
        href="/meldingen"
        className="site-nav__link notifications-nav-link"
        aria-current={path === '/meldingen' ? 'page' : undefined}
        data-testid="notifications-nav-link"
      >
        {n.nav}
        {unread > 0 && (
          <>
            {' '}
            <span className="notifications-badge" aria-hidden="true">
              {unread}
            </span>
            <span className="visually-hidden"> ({n.navUnread(unread)})</span>
          </>
        )}
      </Link>
    </li>
  );
}
