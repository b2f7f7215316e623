import './coffee-dates.css';

import { useApiQuery } from '../api-query';
import { MyCoffeeDateDocument } from '../gql/graphql';
import { MemberOnly } from '../member-only';
import { Link } from '../router';
import { useSession } from '../session';
import { PageTitle, Paragraph } from '../ui';
import { BlockList } from './koffiedate-blocks';
import { Matches } from './koffiedate-matches';
import { NoticeProvider } from './koffiedate-notice';
import { Participation, Pause } from './koffiedate-participation';
import { useCoffeeDateText } from './messages';

export function KoffiedatePage() {
  return <MemberOnly path="/koffiedate">{() => <Koffiedate />}</MemberOnly>;
}

function Koffiedate() {
  const { k, t } = useCoffeeDateText();
  const { viewer } = useSession();
  const { data, failed, reload } = useApiQuery(MyCoffeeDateDocument);
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  return (
    <NoticeProvider>
      <PageTitle>{k.title}</PageTitle>
      <Paragraph lead>{k.intro}</Paragraph>
      {data.myBoundarySpannerProfile ? (
        <Paragraph>
          {k.profileDone} <Link href="/grenswerkers">{k.profileDoneLink}</Link>
        </Paragraph>
      ) : (
        <Paragraph>
          {k.profileHint} <Link href="/grenswerkers/vragenlijst">{k.profileLink}</Link>
        </Paragraph>
      )}
      <Participation status={data.myCoffeeDate} onChange={reload} />
      <Pause status={data.myCoffeeDate} onChange={reload} />
      <BlockList blocks={data.myCoffeeDateBlocks} onChange={reload} />
      <Matches matches={data.myCoffeeDateMatches} onChange={reload} />
      {viewer?.member?.platformRole === 'ADMIN' && (
        <Paragraph>
          <Link href="/koffiedate/beheer">{k.adminLink}</Link>
        </Paragraph>
      )}
    </NoticeProvider>
  );
}
