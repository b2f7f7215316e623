import { useApiQuery } from '../api-query';
import { MyUpcomingMeetingsDocument } from '../gql/graphql';
import { Loaded } from '../loaded';
import { Heading } from '../ui';
import { useMeetingText } from './messages';
import { MeetingList } from './parts';

/** The home page's "Komende bijeenkomsten": the next meetings of all my CoPs. */
export function UpcomingMeetings() {
  const { m } = useMeetingText();
  const upcoming = useApiQuery(
    MyUpcomingMeetingsDocument,
    { first: 5 },
    { select: (data) => data.myUpcomingMeetings.nodes },
  );
  return (
    <section aria-labelledby="upcoming-meetings" data-testid="upcoming-meetings">
      <Heading level={2} id="upcoming-meetings">
        {m.upcoming}
      </Heading>
      <Loaded state={upcoming} isEmpty={(meetings) => meetings.length === 0} empty={m.noneHome}>
        {(meetings) => <MeetingList meetings={meetings} showCommunity />}
      </Loaded>
    </section>
  );
}
