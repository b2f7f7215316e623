import { type FormEvent, Fragment, useState } from 'react';

import { formatInstant } from '../format-time';
import {
  type CoffeeDateNextStep,
  type MyCoffeeDateQuery,
  RecordCoffeeDateFeedbackDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { Alert, Button, Choice, Fieldset, Heading, Paragraph, SelectField } from '../ui';
import { useNotice } from './koffiedate-notice';
import { formatDay, periodName, useCoffeeDateText } from './messages';

// The viewer's koffiedates (matches) and the feedback on each.

type Match = MyCoffeeDateQuery['myCoffeeDateMatches'][number];

export function Matches({
  matches,
  onChange,
}: {
  matches: Match[];
  onChange: () => Promise<void>;
}) {
  const { k, lang } = useCoffeeDateText();
  return (
    <section aria-labelledby="kd-matches">
      <Heading level={2} id="kd-matches">
        {k.matchesTitle}
      </Heading>
      {matches.length === 0 ? (
        <Paragraph>{k.matchesEmpty}</Paragraph>
      ) : (
        matches.map((match) => (
          <article key={match.id} className="kd-match" aria-labelledby={`kd-match-${match.id}`}>
            <Heading level={3} id={`kd-match-${match.id}`}>
              {match.roundPeriod
                ? periodName(match.roundPeriod, lang)
                : formatDay(match.slotStartsAt, lang)}
            </Heading>
            <Paragraph>
              {k.with('')}
              {match.partners.map((p, index) => (
                <Fragment key={p.id}>
                  {index > 0 && ', '}
                  <MemberLink id={p.id} name={p.name} />
                  {p.organisation && ` (${p.organisation.name})`}
                </Fragment>
              ))}
              . {k.slot(formatInstant(match.slotStartsAt, lang, 'moment'))}
            </Paragraph>
            {match.response === 'DECLINED' ? (
              <Paragraph>{k.declined}</Paragraph>
            ) : match.dissolved ? (
              <Paragraph>{k.dissolved}</Paragraph>
            ) : (
              <FeedbackForm match={match} onChange={onChange} />
            )}
          </article>
        ))
      )}
    </section>
  );
}

function FeedbackForm({ match, onChange }: { match: Match; onChange: () => Promise<void> }) {
  const { k, t } = useCoffeeDateText();
  const [met, setMet] = useState(match.met ?? true);
  const [rating, setRating] = useState(match.rating ?? 4);
  const [nextStep, setNextStep] = useState<CoffeeDateNextStep | ''>(match.nextStep ?? '');
  const [notice, setNotice] = useNotice(`feedback-${match.id}`);
  const id = `kd-feedback-${match.id}`;

  async function send(event: FormEvent) {
    event.preventDefault();
    try {
      await request(RecordCoffeeDateFeedbackDocument, {
        input: {
          matchId: match.id,
          met,
          rating: met ? rating : null,
          nextStep: met && nextStep ? nextStep : null,
        },
      });
      setNotice({ type: 'ok', text: k.feedbackSaved });
      await onChange();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  return (
    <form onSubmit={(event) => void send(event)}>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      <Fieldset id={`${id}-met`} legend={k.feedbackLegend}>
        <Choice
          type="radio"
          id={`${id}-yes`}
          name={`${id}-met`}
          value="yes"
          label={k.yes}
          checked={met}
          onChange={() => setMet(true)}
        />
        <Choice
          type="radio"
          id={`${id}-no`}
          name={`${id}-met`}
          value="no"
          label={k.no}
          checked={!met}
          onChange={() => setMet(false)}
        />
      </Fieldset>
      {met && (
        <>
          <SelectField
            id={`${id}-rating`}
            label={k.rating}
            value={rating}
            onChange={(event) => setRating(Number(event.target.value))}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={`${id}-next`}
            label={k.nextStep}
            value={nextStep}
            onChange={(event) => setNextStep(event.target.value as CoffeeDateNextStep | '')}
          >
            <option value="">{k.noNextStep}</option>
            {(Object.keys(k.nextSteps) as CoffeeDateNextStep[]).map((step) => (
              <option key={step} value={step}>
                {k.nextSteps[step]}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <Button type="submit" appearance="secondary-action">
        {k.sendFeedback}
      </Button>
    </form>
  );
}
