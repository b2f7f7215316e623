import './section-nav.css';

import { Link } from '../router';
import { type CommunitySection, useCommunityText } from './messages';
import { communityPath, SECTIONS } from './sections';

/** The CoP's sections as a row of links (wrapping on a phone); the current one is marked. */
export function SectionNav({
  slug,
  current,
  showManage,
}: {
  slug: string;
  current: CommunitySection;
  showManage: boolean;
}) {
  const { c } = useCommunityText();
  return (
    <nav aria-label={c.sectionNav} className="section-nav" data-testid="section-nav">
      <ul className="section-nav__list">
        {SECTIONS.filter((s) => s !== 'manage' || showManage).map((section) => (
          <li key={section} className="section-nav__item">
            <Link
              href={communityPath(slug, section)}
              className="section-nav__link"
              aria-current={section === current ? 'page' : undefined}
            >
              {c.sections[section]}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
