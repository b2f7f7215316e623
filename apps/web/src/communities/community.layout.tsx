import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect, useMemo } from 'react';

import { useAction } from '../action';
import { useApiQuery } from '../api-query';
import { ApproveCommunityDocument, CommunityDocument } from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { rememberReturnPath } from '../return-path';
import { Navigate, useRouter } from '../router';
import { useSession } from '../session';
import { Alert, Button, PageTitle, Paragraph } from '../ui';
import { CommunityContext, type CommunityView } from './community-context';
import { useCommunityText } from './messages';
import { Badge, errorText } from './parts';
import { SectionNav } from './section-nav';
import { communityPath, sectionOf } from './sections';

type Notice = { type: 'ok' | 'error'; text: string };

/**
 * One CoP (/communities/<slug> and its sections): the name, badges and messages, the section
 * menu, and the section the URL names. Signing in, a missing or hidden CoP and the CoP's data
 * are handled here once; the sections read it with useCommunityView().
 */
export function CommunityLayout({ slug }: { slug: string }) {
  const { t, c } = useCommunityText();
  const { viewer } = useSession();
  const { path } = useRouter();
  const hash = useRouterState({ select: (state) => state.location.hash });
  const signedIn = Boolean(viewer && !viewer.needsProfile);
  const { data, error } = useApiQuery(CommunityDocument, { slug }, { enabled: signedIn });
  const community = data?.community ?? null;
  const { notice, setNotice, run, noticeRef } = useAction<Notice>({
    errorText: (caught) => errorText(caught, c, t.genericError),
  });
  const section = sectionOf(path);

  // A message belongs to the section it was said in.
  useEffect(() => setNotice(null), [section]);
  // The section's name goes into the window title (after PageTitle has set the CoP's name).
  useEffect(() => {
    if (community && section !== 'overview') {
      document.title = `${c.sections[section]} – ${community.name} – Leerhuis`;
    }
  }, [c, community, section]);

  const view = useMemo<CommunityView | null>(() => {
    if (!community) return null;
    const mine = community.viewerMembership;
    const isMember = mine?.status === 'ACTIVE';
    const isCoordinator = isMember && mine.role === 'COORDINATOR';
    // Platform admins may manage like a coordinator.
    const canManage = isCoordinator || viewer?.member?.platformRole === 'ADMIN';
    return {
      community,
      act: run,
      isMember,
      isCoordinator,
      canManage,
      canInvite: canManage || (isMember && mine.role === 'MODERATOR'),
    };
  }, [community, run, viewer]);

  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(path);
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;
  if (error instanceof ApiError && error.code === 'NOT_FOUND') {
    return (
      <>
        <PageTitle>{t.notFoundTitle}</PageTitle>
        <Paragraph>{c.notFound}</Paragraph>
      </>
    );
  }
  if (error && !community) {
    return (
      <Alert type="error">
        <Paragraph>{t.genericError}</Paragraph>
      </Alert>
    );
  }
  if (!community || !view) return <Paragraph>{t.loading}</Paragraph>;
  // Older join-request emails linked to the overview's #manage: that is the beheer section now.
  if (hash.replace(/^#/, '') === 'manage' && section === 'overview') {
    return <Navigate to={communityPath(community.slug, 'manage')} />;
  }

  const isAdmin = viewer.member?.platformRole === 'ADMIN';
  return (
    <CommunityContext.Provider value={view}>
      <article className="community">
        <PageTitle>{community.name}</PageTitle>
        <p className="community-card__badges">
          <Badge tone="accent">{c.policies[community.joinPolicy]}</Badge>
          <Badge>{c.phases[community.phase]}</Badge>
          <Badge>{c.members(community.memberCount)}</Badge>
          {community.status === 'PROPOSED' && <Badge tone="muted">{c.proposedBadge}</Badge>}
        </p>
        {community.status === 'PROPOSED' && (
          <Alert type="info">
            <Paragraph>{c.notActive}</Paragraph>
            {isAdmin && (
              <Button
                appearance="secondary-action"
                onClick={() =>
                  void run(
                    () =>
                      request(ApproveCommunityDocument, { input: { communityId: community.id } }),
                    c.approved,
                    { focus: true },
                  )
                }
              >
                {c.approve}
              </Button>
            )}
          </Alert>
        )}
        <SectionNav slug={community.slug} current={section} showManage={view.canInvite} />
        {notice && (
          <Alert type={notice.type} alertRef={noticeRef}>
            <Paragraph>{notice.text}</Paragraph>
          </Alert>
        )}
        <Outlet />
      </article>
    </CommunityContext.Provider>
  );
}
