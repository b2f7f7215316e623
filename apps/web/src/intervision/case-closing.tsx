import { useState } from 'react';

import { type Run } from '../action';
import {
  AnswerIntervisionFollowUpDocument,
  CloseIntervisionCaseDocument,
  ConsentToIntervisionLessonSharingDocument,
  type IntervisionShareScope,
  ShareIntervisionLessonsDocument,
  SubmitIntervisionReflectionDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { Button, Choice, Fieldset, Heading, Paragraph, TextAreaField, TextField } from '../ui';
import type { Case } from './case.page';
import { useIntervisionText } from './messages';
import { PlainText } from './parts';

// The end of a case: the owner's reflection, the moderator's lessons, consent to share them and the
// follow-up answer.

export function Closing({
  kase,
  isOwner,
  isModerator,
  run,
  busy,
}: {
  kase: Case;
  isOwner: boolean;
  isModerator: boolean;
  run: Run;
  busy: boolean;
}) {
  const { v } = useIntervisionText();
  const [reflection, setReflection] = useState('');
  const [nextStep, setNextStep] = useState('');
  const [lessons, setLessons] = useState('');
  const [scope, setScope] = useState<IntervisionShareScope>(kase.shareConsent ?? 'NONE');
  const [answer, setAnswer] = useState('');
  if (kase.state !== 'CLOSING' && kase.state !== 'CLOSED') return null;
  const scopes: IntervisionShareScope[] = kase.group.community
    ? ['NONE', 'COMMUNITY', 'PLATFORM']
    : ['NONE', 'PLATFORM'];
  const rank = (s: IntervisionShareScope | null | undefined) => (s ? scopes.indexOf(s) : 0);
  return (
    <>
      <section aria-labelledby="reflection">
        <Heading level={2} id="reflection">
          {v.reflectionTitle}
        </Heading>
        {kase.reflection ? (
          <>
            <PlainText text={kase.reflection} />
            <Paragraph>
              <strong>{v.nextStepLabel}:</strong> {kase.nextStep}
            </Paragraph>
          </>
        ) : null}
        {isOwner && kase.state === 'CLOSING' && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                () =>
                  request(SubmitIntervisionReflectionDocument, {
                    input: { caseId: kase.id, reflection, nextStep },
                  }),
                v.done,
              );
            }}
          >
            <TextAreaField
              id="reflection-text"
              label={v.reflectionLabel}
              required
              value={reflection}
              onChange={setReflection}
            />
            <TextField
              id="reflection-next-step"
              label={v.nextStepLabel}
              required
              value={nextStep}
              onChange={(e) => setNextStep(e.target.value)}
            />
            <Button type="submit" disabled={busy}>
              {v.saveReflection}
            </Button>
          </form>
        )}
      </section>
      <section aria-labelledby="lessons">
        <Heading level={2} id="lessons">
          {v.lessonsTitle}
        </Heading>
        {kase.lessons && <PlainText text={kase.lessons} />}
        {isModerator && kase.state === 'CLOSING' && kase.reflection && (
          <form
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                () =>
                  request(CloseIntervisionCaseDocument, { input: { caseId: kase.id, lessons } }),
                v.done,
              );
            }}
          >
            <TextAreaField
              id="lessons-text"
              label={v.lessonsLabel}
              description={v.lessonsDescription}
              required
              value={lessons}
              onChange={setLessons}
            />
            <Button type="submit" disabled={busy}>
              {v.closeCase}
            </Button>
          </form>
        )}
      </section>
      {kase.state === 'CLOSED' && (isOwner || isModerator) && (
        <section aria-labelledby="sharing">
          <Heading level={2} id="sharing">
            {v.sharingTitle}
          </Heading>
          {kase.sharedScope && <Paragraph>{v.sharedNow(v.scopes[kase.sharedScope])}</Paragraph>}
          {isModerator && !isOwner && (kase.shareConsent ?? 'NONE') === 'NONE' && (
            <Paragraph>{v.noConsent}</Paragraph>
          )}
          {isOwner && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void run(
                  () =>
                    request(ConsentToIntervisionLessonSharingDocument, {
                      input: { caseId: kase.id, scope },
                    }),
                  v.done,
                );
              }}
            >
              <Fieldset id="consent" legend={v.consentLabel}>
                {scopes.map((s) => (
                  <Choice
                    key={s}
                    type="radio"
                    id={`consent-${s}`}
                    name="consent"
                    value={s}
                    label={v.scopes[s]}
                    checked={scope === s}
                    onChange={() => setScope(s)}
                  />
                ))}
              </Fieldset>
              <Button type="submit" disabled={busy}>
                {v.saveConsent}
              </Button>
            </form>
          )}
          {isModerator &&
            scopes
              .filter((s) => s !== 'NONE' && rank(s) <= rank(kase.shareConsent))
              .map((s) => (
                <Button
                  key={s}
                  appearance="secondary-action"
                  disabled={busy}
                  onClick={() =>
                    void run(
                      () =>
                        request(ShareIntervisionLessonsDocument, {
                          input: { caseId: kase.id, scope: s },
                        }),
                      v.done,
                    )
                  }
                >
                  {v.shareWith(v.scopes[s])}
                </Button>
              ))}
        </section>
      )}
      {kase.state === 'CLOSED' && (kase.followUpAnswer || isOwner) && (
        <section aria-labelledby="follow-up" id="follow-up-section">
          <Heading level={2} id="follow-up">
            {v.followUpTitle}
          </Heading>
          {kase.followUpAnswer && <PlainText text={kase.followUpAnswer} />}
          {isOwner && (
            <form
              onSubmit={(event) => {
                event.preventDefault();
                void run(
                  () =>
                    request(AnswerIntervisionFollowUpDocument, {
                      input: { caseId: kase.id, answer },
                    }),
                  v.done,
                );
              }}
            >
              <TextAreaField
                id="follow-up-answer"
                label={v.followUpLabel}
                required
                value={answer}
                onChange={setAnswer}
              />
              <Button type="submit" disabled={busy}>
                {v.followUpSend}
              </Button>
            </form>
          )}
        </section>
      )}
    </>
  );
}
