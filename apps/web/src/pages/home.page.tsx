import { useLanguage } from '../i18n';
import { Link, Navigate } from '../router';
import { useSession } from '../session';
import { Heading, PageTitle, Paragraph } from '../ui';

export function HomePage() {
  const { t } = useLanguage();
  const { viewer } = useSession();
  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) {
    return (
      <>
        <PageTitle>{t.homeSignedOutTitle}</PageTitle>
        <Paragraph lead>{t.homeSignedOutText}</Paragraph>
        <Paragraph>
          <Link
            href="/inloggen"
            className="utrecht-button-link utrecht-button-link--primary-action"
          >
            {t.toSignIn}
          </Link>
        </Paragraph>
      </>
    );
  }
  if (viewer.needsProfile || !viewer.member) return <Navigate to="/profiel/aanvullen" />;
  const organisation = viewer.member.organisation;
  return (
    <>
      <PageTitle>{t.welcome(viewer.member.name)}</PageTitle>
      {organisation && (
        <Paragraph lead>
          {t.yourOrganisation}: {organisation.name}
          {organisation.abbreviation ? ` (${organisation.abbreviation})` : ''}
        </Paragraph>
      )}
      {/* Communities of Practice (issue 3) fill this section: the member's CoPs and meetings. */}
      <section aria-labelledby="my-communities" data-testid="my-communities">
        <Heading level={2} id="my-communities">
          {t.myCommunities}
        </Heading>
        <Paragraph>{t.myCommunitiesEmpty}</Paragraph>
      </section>
    </>
  );
}
