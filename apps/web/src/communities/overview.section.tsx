import { Heading, Paragraph } from '../ui';
import { useCommunityView } from './community-context';
import { MemberName } from './member-name';
import { MembershipActions } from './membership-actions';
import { formatDate, useCommunityText } from './messages';
import { Lifecycle } from './parts';

/** /communities/<slug>: welcome, your membership (join here), purpose, lifecycle, coordinators. */
export function OverviewSection() {
  const { c, lang } = useCommunityText();
  const { community } = useCommunityView();
  return (
    <>
      {community.welcomeMessage && (
        <section aria-labelledby="welcome" className="welcome">
          <Heading level={2} id="welcome">
            {c.welcome}
          </Heading>
          <Paragraph lead>{community.welcomeMessage}</Paragraph>
        </section>
      )}

      <section aria-labelledby="membership" className="membership-box" data-testid="membership">
        <Heading level={2} id="membership">
          {c.yourMembership}
        </Heading>
        <MembershipActions />
      </section>

      <section aria-labelledby="purpose">
        <Heading level={2} id="purpose">
          {c.purpose}
        </Heading>
        <dl className="facts">
          {community.goal && (
            <>
              <dt>{c.goal}</dt>
              <dd>{community.goal}</dd>
            </>
          )}
          {community.domain && (
            <>
              <dt>{c.domain}</dt>
              <dd>{community.domain}</dd>
            </>
          )}
          {community.themes.length > 0 && (
            <>
              <dt>{c.themes}</dt>
              <dd>{community.themes.join(', ')}</dd>
            </>
          )}
          <dt>{c.period}</dt>
          <dd>
            {c.periodValue(
              formatDate(community.startsOn, lang),
              community.plannedEndOn ? formatDate(community.plannedEndOn, lang) : null,
            )}
          </dd>
        </dl>
        {community.centralQuestions.length > 0 && (
          <>
            <Heading level={3}>{c.centralQuestions}</Heading>
            <ul className="utrecht-unordered-list">
              {community.centralQuestions.map((question) => (
                <li key={question} className="utrecht-unordered-list__item">
                  {question}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <section aria-labelledby="lifecycle">
        <Heading level={2} id="lifecycle">
          {c.lifecycle}
        </Heading>
        <Lifecycle phase={community.phase} />
      </section>

      <section aria-labelledby="coordinators">
        <Heading level={2} id="coordinators">
          {c.coordinators}
        </Heading>
        <ul className="plain-list">
          {community.coordinators.map((m) => (
            <li key={m.id}>
              <MemberName membership={m} />
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
