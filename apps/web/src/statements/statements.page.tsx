import { useLanguage } from '../i18n';
import { Link } from '../router';
import { Heading, PageTitle, Paragraph } from '../ui';
import { ACCESSIBILITY } from './accessibility-content';
import { PRIVACY } from './privacy-content';

/** /toegankelijkheid: the accessibility statement (model of digitoegankelijk.nl). */
export function AccessibilityStatementPage() {
  const { lang } = useLanguage();
  const s = ACCESSIBILITY[lang];
  const section = (title: string, paragraphs: string[]) => (
    <section>
      <Heading level={2}>{title}</Heading>
      {paragraphs.map((p) => (
        <Paragraph key={p}>{p}</Paragraph>
      ))}
    </section>
  );
  return (
    <div className="statement-page" lang={lang}>
      <PageTitle>{s.title}</PageTitle>
      {s.intro.map((p) => (
        <Paragraph key={p}>{p}</Paragraph>
      ))}
      {section(s.statusTitle, s.status)}
      {section(s.testedTitle, s.tested)}
      <section>
        <Heading level={2}>{s.gapsTitle}</Heading>
        <ul className="utrecht-unordered-list">
          {s.gaps.map((gap) => (
            <li key={gap} className="utrecht-unordered-list__item">
              {gap}
            </li>
          ))}
        </ul>
      </section>
      {section(s.feedbackTitle, s.feedback)}
      {section(s.enforcementTitle, s.enforcement)}
      {section(s.madeTitle, [s.made])}
    </div>
  );
}

/** /privacy: what is stored per feature, why, how long, who sees it, and how to export or erase. */
export function PrivacyStatementPage() {
  const { lang } = useLanguage();
  const s = PRIVACY[lang];
  return (
    <div className="statement-page" lang={lang}>
      <PageTitle>{s.title}</PageTitle>
      {s.intro.map((p) => (
        <Paragraph key={p}>{p}</Paragraph>
      ))}
      <Heading level={2}>{s.topicsTitle}</Heading>
      {s.topics.map((topic) => (
        <section key={topic.title}>
          <Heading level={3}>{topic.title}</Heading>
          <dl className="statement-facts">
            <dt>{s.labels.what}</dt>
            <dd>{topic.what}</dd>
            <dt>{s.labels.why}</dt>
            <dd>{topic.why}</dd>
            <dt>{s.labels.howLong}</dt>
            <dd>{topic.howLong}</dd>
            <dt>{s.labels.who}</dt>
            <dd>{topic.who}</dd>
          </dl>
        </section>
      ))}
      <section>
        <Heading level={2}>{s.rightsTitle}</Heading>
        {s.rights.map((p) => (
          <Paragraph key={p}>{p}</Paragraph>
        ))}
        <Paragraph>
          <Link href="/profiel/gegevens">{s.rightsLink}</Link>
        </Paragraph>
      </section>
      <section>
        <Heading level={2}>{s.contactTitle}</Heading>
        {s.contact.map((p) => (
          <Paragraph key={p}>{p}</Paragraph>
        ))}
      </section>
    </div>
  );
}
