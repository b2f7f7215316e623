import { MyUpcomingMeetingsDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { Heading, Paragraph } from '../ui';
import { useLoaded } from '../use-loaded';
import { useMeetingText } from './messages';
import { MeetingList } from './parts';

/** The home page's "Komende bijeenkomsten": the next meetings of all my CoPs. */
export function UpcomingMeetings() {
  const { m, t } = useMeetingText();
  const { data: meetings, failed } = useLoaded(
    async () => (await request(MyUpcomingMeetingsDocument, { first: 5 })).myUpcomingMeetings.nodes,
    [],
  );
  return (
    <section aria-labelledby="upcoming-meetings" data-testid="upcoming-meetings">
      <Heading level={2} id="upcoming-meetings">
        {m.upcoming}
      </Heading>
      {failed ? (
        <Paragraph>{t.genericError}</Paragraph>
      ) : meetings === null ? (
        <Paragraph>{t.loading}</Paragraph>
      ) : meetings.length === 0 ? (
        <Paragraph>{m.noneHome}</Paragraph>
      ) : (
        <MeetingList meetings={meetings} showCommunity />
      )}
    </section>
  );
}
