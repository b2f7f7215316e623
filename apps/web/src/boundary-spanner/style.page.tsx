import { useApiQuery } from '../api-query';
import {
  type BoundarySpannerStyle,
  BoundarySpannerStyleDocument,
  BoundarySpannerStylesDocument,
} from '../gql/graphql';
import { Loaded } from '../loaded';
import { Link } from '../router';
import { Heading, PageTitle, Paragraph } from '../ui';
import { styleSlug, useBoundarySpannerText } from './messages';

/** /grenswerkers/stijlen: the six styles, each with what it brings. */
export function StylesPage() {
  const { b, lang } = useBoundarySpannerText();
  const { data, failed } = useApiQuery(
    BoundarySpannerStylesDocument,
    { locale: lang },
    { select: (data) => data.boundarySpannerStyles },
  );
  return (
    <>
      <PageTitle>{b.styles}</PageTitle>
      <Paragraph lead>{b.stylesIntro}</Paragraph>
      <Loaded state={{ data, failed }}>
        {(data) => (
          <ul className="bs-style-list">
            {data.map((style) => (
              <li key={style.style}>
                <Heading level={2}>
                  <Link href={`/grenswerkers/stijlen/${styleSlug(style.style)}`}>{style.name}</Link>
                </Heading>
                <Paragraph>{style.brings}</Paragraph>
              </li>
            ))}
          </ul>
        )}
      </Loaded>
      <Paragraph>
        <Link href="/grenswerkers">{b.toMyProfile}</Link>
      </Paragraph>
    </>
  );
}

/** /grenswerkers/stijlen/<style>: qualities, pitfalls, working with it, how it complements. */
export function StylePage({ style }: { style: BoundarySpannerStyle }) {
  const { b, t, lang } = useBoundarySpannerText();
  const { data, failed } = useApiQuery(BoundarySpannerStyleDocument, { style, locale: lang });
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  const page = data.boundarySpannerStyle;
  const list = (id: string, title: string, items: string[]) => (
    <section aria-labelledby={id}>
      <Heading level={2} id={id}>
        {title}
      </Heading>
      <ul className="utrecht-unordered-list">
        {items.map((item) => (
          <li key={item} className="utrecht-unordered-list__item">
            {item}
          </li>
        ))}
      </ul>
    </section>
  );
  return (
    <article data-testid="style-page">
      <PageTitle>{page.name}</PageTitle>
      <Paragraph lead>{page.brings}</Paragraph>
      {list('bs-qualities', b.qualities, page.qualities)}
      {list('bs-pitfalls', b.pitfalls, page.pitfalls)}
      {list('bs-working-with', b.workingWith, page.workingWith)}
      <section aria-labelledby="bs-complements">
        <Heading level={2} id="bs-complements">
          {b.complements}
        </Heading>
        <Paragraph>{page.complements}</Paragraph>
      </section>
      <nav aria-labelledby="bs-other-styles">
        <Heading level={2} id="bs-other-styles">
          {b.otherStyles}
        </Heading>
        <ul className="utrecht-unordered-list">
          {data.boundarySpannerStyles
            .filter((other) => other.style !== style)
            .map((other) => (
              <li key={other.style} className="utrecht-unordered-list__item">
                <Link href={`/grenswerkers/stijlen/${styleSlug(other.style)}`}>{other.name}</Link>
              </li>
            ))}
        </ul>
        <Paragraph>
          <Link href="/grenswerkers/stijlen">{b.allStyles}</Link> ·{' '}
          <Link href="/grenswerkers">{b.toMyProfile}</Link>
        </Paragraph>
      </nav>
    </article>
  );
}
