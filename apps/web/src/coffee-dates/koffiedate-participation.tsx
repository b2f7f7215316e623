import { type FormEvent, useState } from 'react';

import {
  type CoffeeDateStatusPartsFragment,
  OptInToCoffeeDatesDocument,
  OptOutOfCoffeeDatesDocument,
  PauseCoffeeDatesDocument,
  ResumeCoffeeDatesDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Alert, Button, Choice, Fieldset, Heading, Paragraph, SelectField } from '../ui';
import { useNotice } from './koffiedate-notice';
import { formatDay, periodName, useCoffeeDateText } from './messages';

// Taking part in koffiedates: the status line, signing up for a round or every month, and a pause.

function StatusLine({ status }: { status: CoffeeDateStatusPartsFragment }) {
  const { k, lang } = useCoffeeDateText();
  const lines: string[] = [];
  if (status.unsubscribed) lines.push(k.statusUnsubscribed);
  else if (status.paused && status.pausedUntil)
    lines.push(k.statusPaused(formatDay(status.pausedUntil, lang)));
  else {
    if (status.joinedOpenRound && status.openRound) {
      lines.push(
        k.statusJoined(
          periodName(status.openRound.period, lang),
          formatDay(status.openRound.signupDeadline, lang),
        ),
      );
    } else if (status.nextRound) lines.push(k.statusNext);
    if (status.everyMonth) lines.push(k.statusEveryMonth);
    if (lines.length === 0) lines.push(k.statusNone);
  }
  return (
    <p className="nl-paragraph" data-testid="coffee-date-status">
      {lines.join(' ')}
    </p>
  );
}

export function Participation({
  status,
  onChange,
}: {
  status: CoffeeDateStatusPartsFragment;
  onChange: () => Promise<void>;
}) {
  const { k, t } = useCoffeeDateText();
  const [everyMonth, setEveryMonth] = useState(status.everyMonth);
  const [notice, setNotice] = useNotice('participation');
  const inAlready = status.joinedOpenRound || status.nextRound || status.everyMonth;

  async function optIn(event: FormEvent) {
    event.preventDefault();
    try {
      await request(OptInToCoffeeDatesDocument, { input: { everyMonth } });
      setNotice({ type: 'ok', text: k.optedIn });
      await onChange();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  async function optOut() {
    try {
      await request(OptOutOfCoffeeDatesDocument);
      setNotice({ type: 'ok', text: k.optedOut });
      await onChange();
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
  }

  return (
    <section aria-labelledby="kd-take-part">
      <Heading level={2} id="kd-take-part">
        {k.takePart}
      </Heading>
      <StatusLine status={status} />
      <p className="nl-paragraph" data-testid="coffee-date-repeat-rule">
        {k.repeatRule(status.repeatWindowMonths)}
      </p>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {/* In already: only signing off applies; out: only signing up. */}
      {inAlready ? (
        <div className="kd-actions">
          <Button appearance="secondary-action" onClick={() => void optOut()}>
            {k.optOut}
          </Button>
        </div>
      ) : (
        <form onSubmit={(event) => void optIn(event)}>
          <Fieldset id="kd-how" legend={k.howLegend}>
            <Choice
              type="radio"
              id="kd-once"
              name="kd-how"
              value="once"
              label={k.once}
              checked={!everyMonth}
              onChange={() => setEveryMonth(false)}
            />
            <Choice
              type="radio"
              id="kd-every-month"
              name="kd-how"
              value="every-month"
              label={k.everyMonth}
              checked={everyMonth}
              onChange={() => setEveryMonth(true)}
            />
          </Fieldset>
          <Paragraph id="kd-consent">{k.consent}</Paragraph>
          <div className="kd-actions">
            <Button type="submit" aria-describedby="kd-consent">
              {k.optIn}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

export function Pause({
  status,
  onChange,
}: {
  status: CoffeeDateStatusPartsFragment;
  onChange: () => Promise<void>;
}) {
  const { k, t } = useCoffeeDateText();
  const [months, setMonths] = useState(1);
  const [notice, setNotice] = useNotice('pause');

  async function pause(event: FormEvent) {
    event.preventDefault();
    try {
      await request(PauseCoffeeDatesDocument, { input: { months } });
      setNotice({ type: 'ok', text: k.paused });
      await onChange();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  async function resume() {
    try {
      await request(ResumeCoffeeDatesDocument);
      setNotice({ type: 'ok', text: k.resumed });
      await onChange();
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
  }

  return (
    <section aria-labelledby="kd-pause">
      <Heading level={2} id="kd-pause">
        {k.pauseTitle}
      </Heading>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {status.paused ? (
        <Button onClick={() => void resume()}>{k.resume}</Button>
      ) : (
        <form onSubmit={(event) => void pause(event)}>
          <SelectField
            id="kd-months"
            label={k.pauseLabel}
            value={months}
            onChange={(event) => setMonths(Number(event.target.value))}
          >
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {k.month(n)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" appearance="secondary-action">
            {k.pause}
          </Button>
        </form>
      )}
    </section>
  );
}
