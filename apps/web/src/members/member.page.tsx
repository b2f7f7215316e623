import './members.css';

import { useApiQuery } from '../api-query';
import { styleSlug, useBoundarySpannerText } from '../boundary-spanner/messages';
import { MemberPageDocument, type MemberPageQuery } from '../gql/graphql';
import { ApiError } from '../graphql-client';
import { JOB_ROLES, THEMES } from '../i18n';
import { MemberOnly } from '../member-only';
import { Link } from '../router';
import { Alert, Heading, PageTitle, Paragraph } from '../ui';
import { Avatar } from './member-link';
import { useMemberText } from './messages';

type Member = MemberPageQuery['member'];

/** /leden/<id>: a member as the viewer may see them (hidden parts are simply absent). */
export function MemberPage({ id }: { id: string }) {
  return <MemberOnly path={`/leden/${id}`}>{() => <LoadedMember id={id} />}</MemberOnly>;
}

function LoadedMember({ id }: { id: string }) {
  const { m, t } = useMemberText();
  const { data, failed, error } = useApiQuery(MemberPageDocument, { id });
  if (failed) {
    const notFound =
      error instanceof ApiError && (error.code === 'NOT_FOUND' || error.code === 'BAD_USER_INPUT');
    return (
      <>
        <PageTitle>{notFound ? t.notFoundTitle : t.errorSummaryTitle}</PageTitle>
        <Alert type="error">
          <Paragraph>{notFound ? m.memberNotFound : t.genericError}</Paragraph>
        </Alert>
        <Paragraph>
          <Link href="/leden">{m.toDirectory}</Link>
        </Paragraph>
      </>
    );
  }
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  return <MemberProfile member={data.member} />;
}

function MemberProfile({ member }: { member: Member }) {
  const { m, lang } = useMemberText();
  const { b } = useBoundarySpannerText();
  const themeLabel = (value: string) =>
    lang === 'en' ? (THEMES.find((theme) => theme.value === value)?.en ?? value) : value;
  const styles = member.boundarySpannerProfile?.preferredStyles ?? [];
  const label = (o: { name: string; abbreviation?: string | null }) =>
    o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name;
  // A DG or directie says where it belongs: "DG Volkshuisvesting — Ministerie van BZK (BZK)".
  const organisation = member.organisation
    ? [member.organisation, member.organisation.parent]
        .filter((o) => o != null)
        .map(label)
        .join(' — ')
    : null;
  const shared =
    organisation ||
    member.jobRole ||
    member.themes?.length ||
    member.bio ||
    member.offer ||
    member.seeking ||
    member.email ||
    styles.length > 0;

  return (
    <>
      <div className="member-header">
        <Avatar id={member.id} name={member.name} size="large" />
        <PageTitle>{m.memberPageTitle(member.name)}</PageTitle>
      </div>
      {member.isViewer && (
        <Alert type="info">
          <Paragraph>
            {m.thisIsYou} <Link href="/profiel">{m.editMine}</Link>
          </Paragraph>
        </Alert>
      )}
      {shared ? (
        <dl className="member-facts">
          {organisation && (
            <>
              <dt>{m.organisation}</dt>
              <dd>{organisation}</dd>
            </>
          )}
          {member.jobRole && (
            <>
              <dt>{m.jobRole}</dt>
              <dd>{JOB_ROLES[lang][member.jobRole]}</dd>
            </>
          )}
          {member.themes && member.themes.length > 0 && (
            <>
              <dt>{m.themes}</dt>
              <dd>
                {member.themes.map((theme) => (
                  <span key={theme} className="badge">
                    {themeLabel(theme)}
                  </span>
                ))}
              </dd>
            </>
          )}
          {member.bio && (
            <>
              <dt>{m.bio}</dt>
              <dd>{member.bio}</dd>
            </>
          )}
          {member.offer && (
            <>
              <dt>{m.offer}</dt>
              <dd>{member.offer}</dd>
            </>
          )}
          {member.seeking && (
            <>
              <dt>{m.seeking}</dt>
              <dd>{member.seeking}</dd>
            </>
          )}
          {styles.length > 0 && (
            <>
              <dt>{m.styles}</dt>
              <dd>
                {styles.map((style, index) => (
                  <span key={style}>
                    {index > 0 && ', '}
                    <Link href={`/grenswerkers/stijlen/${styleSlug(style)}`}>{b.names[style]}</Link>
                  </span>
                ))}
              </dd>
            </>
          )}
          {member.email && (
            <>
              <dt>{m.email}</dt>
              <dd>
                <a className="nl-link" href={`mailto:${member.email}`}>
                  <span className="visually-hidden">{m.mailTo(member.name)}: </span>
                  {member.email}
                </a>
              </dd>
            </>
          )}
        </dl>
      ) : (
        <Paragraph>{m.nothingShared}</Paragraph>
      )}
      {!member.isViewer && (
        <section aria-labelledby="in-common">
          <Heading level={2} id="in-common">
            {m.inCommon}
          </Heading>
          {member.communitiesInCommon.length > 0 ? (
            <ul className="utrecht-unordered-list">
              {member.communitiesInCommon.map((community) => (
                <li key={community.id} className="utrecht-unordered-list__item">
                  <Link href={`/communities/${community.slug}`}>{community.name}</Link>
                </li>
              ))}
            </ul>
          ) : (
            <Paragraph>{m.inCommonNone}</Paragraph>
          )}
        </section>
      )}
      <Paragraph>
        <Link href="/leden">{m.toDirectory}</Link>
      </Paragraph>
    </>
  );
}
