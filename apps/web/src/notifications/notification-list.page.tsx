import './notifications.css';

import { useEffect, useState } from 'react';

import { useApiQuery } from '../api-query';
import { formatInstant } from '../format-time';
import {
  MarkNotificationsReadDocument,
  NotificationsDocument,
  type NotificationsQuery,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { MemberLink } from '../members/member-link';
import { Link } from '../router';
import { Alert, Button, PageTitle, Paragraph } from '../ui';
import { NOTIFICATIONS_CHANGED, useNotificationText } from './messages';

type Item = NotificationsQuery['notifications']['nodes'][number];

const PAGE_SIZE = 20;

export function NotificationListPage() {
  return <MemberOnly path="/meldingen">{() => <NotificationList />}</MemberOnly>;
}

function NotificationList() {
  const { n, t, lang } = useNotificationText();
  const [more, setMore] = useState<{ items: Item[]; cursor: string | null; hasNext: boolean }>();
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string } | null>(null);
  const { data, failed, reload } = useApiQuery(NotificationsDocument, {
    first: PAGE_SIZE,
    language: lang,
  });
  // A fresh first page starts the list afresh.
  useEffect(() => setMore(undefined), [data]);

  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;

  const items = [...data.notifications.nodes, ...(more?.items ?? [])];
  const hasNext = more ? more.hasNext : data.notifications.pageInfo.hasNextPage;
  const cursor = more ? more.cursor : data.notifications.pageInfo.endCursor;
  const unread = data.unreadNotificationCount;

  async function loadMore() {
    try {
      const page = await request(NotificationsDocument, {
        first: PAGE_SIZE,
        after: cursor,
        language: lang,
      });
      setMore({
        items: [...(more?.items ?? []), ...page.notifications.nodes],
        cursor: page.notifications.pageInfo.endCursor ?? null,
        hasNext: page.notifications.pageInfo.hasNextPage,
      });
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
  }

  async function markAllRead() {
    try {
      await request(MarkNotificationsReadDocument, { input: {} });
      window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED));
      await reload();
      setNotice({ type: 'ok', text: n.markedAllRead });
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
  }

  // Opening one marks it read; the link still works when that request fails.
  function markRead(item: Item) {
    if (item.readAt) return;
    void request(MarkNotificationsReadDocument, { input: { ids: [item.id] } })
      .then(() => window.dispatchEvent(new Event(NOTIFICATIONS_CHANGED)))
      .catch(() => undefined);
  }

  return (
    <>
      <PageTitle>{n.listTitle}</PageTitle>
      <Paragraph lead>{n.listIntro}</Paragraph>
      <p className="nl-paragraph" data-testid="unread-count">
        {n.unreadCount(unread)}
      </p>
      {notice && <Alert type={notice.type}>{notice.text}</Alert>}
      <div className="notification-settings__actions">
        {unread > 0 && (
          <Button appearance="secondary-action" onClick={() => void markAllRead()}>
            {n.markAllRead}
          </Button>
        )}
        <Link href="/instellingen/meldingen">{n.toSettings}</Link>
      </div>
      {items.length === 0 ? (
        <Paragraph>{n.empty}</Paragraph>
      ) : (
        <ol className="notification-list" data-testid="notification-list">
          {items.map((item) => (
            <li
              key={item.id}
              className={`notification-list__item${item.readAt ? '' : ' notification-list__item--unread'}`}
            >
              {!item.readAt && <span className="notification-list__new">{n.unread}</span>}
              <Link href={item.url} onClick={() => markRead(item)}>
                {item.title}
              </Link>
              <p className="notification-list__meta">
                {item.actorId && item.actorName && (
                  <>
                    <MemberLink id={item.actorId} name={item.actorName} />
                    {' · '}
                  </>
                )}
                <time dateTime={item.createdAt}>
                  {formatInstant(item.createdAt, lang, 'moment')}
                </time>
              </p>
            </li>
          ))}
        </ol>
      )}
      {hasNext && (
        <Button appearance="secondary-action" onClick={() => void loadMore()}>
          {n.loadMore}
        </Button>
      )}
    </>
  );
}
