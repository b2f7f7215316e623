import { type FormEvent, useState } from 'react';

import { RequestTeamCoffeeDateDocument } from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Alert, Button, Heading, Paragraph, TextField } from '../ui';
import { formatDay, useCoffeeDateText } from './messages';

/** On the CoP page, for its coordinators: a koffiedate for the whole team on a chosen day. */
export function TeamCoffeeDateSection({ communityId }: { communityId: string }) {
  const { k, t, lang } = useCoffeeDateText();
  const [meetOn, setMeetOn] = useState('');
  const [fieldError, setFieldError] = useState<string>();
  const [notice, setNotice] = useState<{ type: 'ok' | 'error'; text: string }>();

  async function submit(event: FormEvent) {
    event.preventDefault();
    setFieldError(undefined);
    setNotice(undefined);
    try {
      const { requestTeamCoffeeDate } = await request(RequestTeamCoffeeDateDocument, {
        input: { communityId, meetOn },
      });
      setNotice({
        type: 'ok',
        text: k.teamRequested(formatDay(requestTeamCoffeeDate.meetOn ?? meetOn, lang)),
      });
    } catch (error) {
      // A wrong day belongs to the field; a team of the wrong size to the whole request.
      const reason = error instanceof ApiError ? error.extensions.reason : undefined;
      if (reason === 'TEAM_DATE') setFieldError(k.teamDayError);
      else if (reason === 'TEAM_SIZE') setNotice({ type: 'error', text: k.teamSizeError });
      else
        setNotice({
          type: 'error',
          text: error instanceof ApiError ? error.message : t.genericError,
        });
    }
  }

  return (
    <section aria-labelledby="team-coffee-date" data-testid="team-coffee-date">
      <Heading level={2} id="team-coffee-date">
        {k.teamTitle}
      </Heading>
      <Paragraph>{k.teamIntro}</Paragraph>
      {notice && <Alert type={notice.type}>{notice.text}</Alert>}
      <form onSubmit={submit} noValidate>
        <TextField
          id="team-coffee-date-day"
          label={k.teamDay}
          description={k.teamDayHint}
          error={fieldError}
          type="date"
          required
          value={meetOn}
          onChange={(e) => setMeetOn(e.target.value)}
        />
        <Button type="submit">{k.teamRequest}</Button>
      </form>
    </section>
  );
}
