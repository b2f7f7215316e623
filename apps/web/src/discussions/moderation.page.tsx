import { useCallback, useEffect, useState } from 'react';

import {
  DiscussionModerationCommunityDocument,
  type DiscussionModerationCommunityQuery,
  DiscussionModerationQueueDocument,
  type DiscussionModerationQueueQuery,
  ResolveDiscussionReportDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { rememberReturnPath } from '../return-path';
import { Link, Navigate } from '../router';
import { useSession } from '../session';
import { Button, Heading, PageTitle, Paragraph } from '../ui';
import { canModerate, threadPath } from './discussions-section';
import { reasonText, useDiscussionText } from './messages';
import { type Notice, NoticeBox, PostBody, When } from './parts';

type Community = DiscussionModerationCommunityQuery['community'];
type Report = DiscussionModerationQueueQuery['discussionModerationQueue']['nodes'][number];
const PAGE = 20;

/** /communities/<slug>/moderatie: open reports, oldest first; hide the post or dismiss. */
export function ModerationPage({ slug }: { slug: string }) {
  const { d } = useDiscussionText();
  const { viewer } = useSession();
  const [community, setCommunity] = useState<Community | null>(null);
  const [reports, setReports] = useState<Report[] | null>(null);
  const [total, setTotal] = useState(0);
  const [cursor, setCursor] = useState<string | null>(null);
  const [problem, setProblem] = useState<'missing' | 'forbidden' | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const signedIn = Boolean(viewer && !viewer.needsProfile);

  const load = useCallback(
    async (after: string | null) => {
      try {
        const { community: found } = await request(DiscussionModerationCommunityDocument, {
          slug,
        });
        setCommunity(found);
        if (!canModerate(found)) {
          setProblem('forbidden');
          return;
        }
        const { discussionModerationQueue: page } = await request(
          DiscussionModerationQueueDocument,
          { communityId: found.id, first: PAGE, after },
        );
        setReports((current) => (after && current ? [...current, ...page.nodes] : page.nodes));
        setTotal(page.totalCount);
        setCursor(page.pageInfo.hasNextPage ? (page.pageInfo.endCursor ?? null) : null);
      } catch (caught) {
        if (caught instanceof ApiError && caught.code === 'NOT_FOUND') setProblem('missing');
        else if (caught instanceof ApiError && caught.code === 'FORBIDDEN') setProblem('forbidden');
        else setNotice({ type: 'error', text: reasonText(caught, d) });
      }
    },
    [slug, d],
  );

  useEffect(() => {
    if (signedIn) void load(null);
  }, [load, signedIn]);

  if (viewer === undefined) return <Paragraph>{d.threadLoading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(`/communities/${encodeURIComponent(slug)}/moderatie`);
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;

  const communityPath = `/communities/${encodeURIComponent(community?.slug ?? slug)}/discussies`;
  const back = (
    <Paragraph>
      <Link href={communityPath}>{d.backTo(community?.name ?? slug)}</Link>
    </Paragraph>
  );
  if (problem) {
    return (
      <>
        {back}
        <PageTitle>{d.moderationQueue}</PageTitle>
        <Paragraph>{problem === 'forbidden' ? d.queueForbidden : d.threadNotFound}</Paragraph>
      </>
    );
  }
  if (!community || !reports) {
    return (
      <>
        <NoticeBox notice={notice} />
        <Paragraph>{d.threadLoading}</Paragraph>
      </>
    );
  }

  async function resolve(report: Report, action: 'HIDE' | 'DISMISS') {
    try {
      await request(ResolveDiscussionReportDocument, { input: { reportId: report.id, action } });
      setNotice({ type: 'ok', text: action === 'HIDE' ? d.hidDone : d.dismissedDone });
    } catch (caught) {
      setNotice({ type: 'error', text: reasonText(caught, d) });
    }
    await load(null);
  }

  return (
    <>
      {back}
      <PageTitle>{d.queueTitle(community.name)}</PageTitle>
      <Paragraph lead>{d.queueIntro}</Paragraph>
      <NoticeBox notice={notice} />
      {reports.length === 0 ? (
        <Paragraph>{d.queueEmpty}</Paragraph>
      ) : (
        <>
          <Paragraph>{d.queueCount(total)}</Paragraph>
          <ul className="plain-list" data-testid="reports">
            {reports.map((report) => {
              const post = report.reply ?? report.thread;
              const author = post.author?.name ?? d.unknownAuthor;
              return (
                <li key={report.id} className="post" data-testid="report">
                  <Heading level={2}>
                    {d.inThread}:{' '}
                    <Link href={threadPath(community.slug, report.thread.id)}>
                      {report.thread.title}
                    </Link>
                  </Heading>
                  <p className="post__meta">
                    {d.reportedBy(report.reporter?.name ?? d.unknownAuthor, '')}
                    <When value={report.createdAt} />
                  </p>
                  <Heading level={3}>{d.reason}</Heading>
                  <blockquote className="report-reason">{report.reason}</blockquote>
                  <Heading level={3}>
                    {d.reportedPost}:{' '}
                    {report.reply ? d.replyBy(author) : `${d.threadItself} (${author})`}
                  </Heading>
                  <PostBody html={post.bodyHtml} />
                  <div className="row">
                    <Button onClick={() => void resolve(report, 'HIDE')}>
                      {d.hidePost}
                      <span className="visually-hidden"> ({d.thePost(author)})</span>
                    </Button>
                    <Button
                      appearance="secondary-action"
                      onClick={() => void resolve(report, 'DISMISS')}
                    >
                      {d.dismiss}
                      <span className="visually-hidden"> ({d.thePost(author)})</span>
                    </Button>
                  </div>
                </li>
              );
            })}
          </ul>
          {cursor && (
            <Button appearance="secondary-action" onClick={() => void load(cursor)}>
              {d.loadMore}
            </Button>
          )}
        </>
      )}
    </>
  );
}
