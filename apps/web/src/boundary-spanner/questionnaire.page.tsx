import { type FormEvent, useRef, useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  BoundarySpannerQuestionnaireDocument,
  type BoundarySpannerQuestionnaireQuery,
  SaveBoundarySpannerAnswersDocument,
  SubmitBoundarySpannerQuestionnaireDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { useRouter } from '../router';
import {
  Alert,
  Button,
  Choice,
  ErrorSummary,
  Fieldset,
  PageTitle,
  Paragraph,
  type SummaryItem,
} from '../ui';
import { useBoundarySpannerText } from './messages';

type Questionnaire = BoundarySpannerQuestionnaireQuery['boundarySpannerQuestionnaire'];

export function QuestionnairePage() {
  return <MemberOnly path="/grenswerkers/vragenlijst">{() => <QuestionnaireLoader />}</MemberOnly>;
}

function QuestionnaireLoader() {
  const { t } = useBoundarySpannerText();
  const { data, failed, reload } = useApiQuery(
    BoundarySpannerQuestionnaireDocument,
    {},
    { select: (data) => data.boundarySpannerQuestionnaire },
  );
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  return (
    <QuestionnaireForm
      key={`${data.version}:${data.draft?.id ?? ''}`}
      questionnaire={data}
      reload={reload}
    />
  );
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

/**
 * One radio group per statement (arrow keys move within a group, Tab to the next). Each answer
 * is saved as it is given, so the member can stop and continue later.
 */
function QuestionnaireForm({
  questionnaire,
  reload,
}: {
  questionnaire: Questionnaire;
  reload: () => Promise<void>;
}) {
  const { b, t, lang } = useBoundarySpannerText();
  const { navigate } = useRouter();
  const items = questionnaire.items;
  const [answers, setAnswers] = useState<Record<string, number>>(() =>
    Object.fromEntries((questionnaire.draft?.answers ?? []).map((a) => [a.itemKey, a.value])),
  );
  // A ref, so a submit right after the first answer still sees the draft it started.
  const attemptId = useRef<string | null>(questionnaire.draft?.id ?? null);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // Answers are saved one request at a time, in the order given.
  const queue = useRef(Promise.resolve());
  const answered = items.filter((item) => answers[item.key] !== undefined).length;

  // A statement answered after a failed submit is no longer missing.
  const stillMissing = missing.filter((key) => answers[key] === undefined);

  function answer(itemKey: string, value: number) {
    setAnswers((before) => ({ ...before, [itemKey]: value }));
    setSaveState('saving');
    queue.current = queue.current.then(async () => {
      try {
        const { saveBoundarySpannerAnswers: draft } = await request(
          SaveBoundarySpannerAnswersDocument,
          { input: { version: questionnaire.version, answers: [{ itemKey, value }] } },
        );
        attemptId.current = draft.id;
        setSaveState('saved');
      } catch (failure) {
        if (failure instanceof ApiError && failure.extensions.reason === 'VERSION_NOT_CURRENT') {
          setError(b.outdated);
          await reload();
          return;
        }
        setSaveState('failed');
      }
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    const open = items.filter((item) => answers[item.key] === undefined).map((i) => i.key);
    setMissing(open);
    if (open.length > 0) return;
    setSubmitting(true);
    try {
      await queue.current;
      if (!attemptId.current) throw new Error('no draft saved');
      await request(SubmitBoundarySpannerQuestionnaireDocument, {
        input: { attemptId: attemptId.current },
      });
      navigate('/grenswerkers?klaar=1');
    } catch (failure) {
      const keys = (failure instanceof ApiError && failure.extensions.missingItemKeys) || null;
      if (Array.isArray(keys)) setMissing(keys as string[]);
      else setError(t.genericError);
    } finally {
      setSubmitting(false);
    }
  }

  const summary: SummaryItem[] = stillMissing.map((key) => ({
    target: `statement-${key}`,
    message: b.missing(items.findIndex((item) => item.key === key) + 1),
  }));

  return (
    <>
      <PageTitle>{b.questionnaireTitle}</PageTitle>
      <Paragraph lead>{b.questionnaireIntro}</Paragraph>
      {error && (
        <Alert type="error">
          <Paragraph>{error}</Paragraph>
        </Alert>
      )}
      {summary.length > 0 && <ErrorSummary title={b.missingTitle} items={summary} />}
      <p className="nl-paragraph" id="bs-progress-label">
        {b.progress(answered, items.length)}
      </p>
      <progress
        className="bs-progress"
        max={items.length}
        value={answered}
        aria-labelledby="bs-progress-label"
      />
      <div className="bs-sticky-status" role="status" aria-live="polite">
        {saveState === 'saving' ? b.saving : saveState === 'saved' ? b.saved : ''}
      </div>
      {saveState === 'failed' && (
        <Alert type="error">
          <Paragraph>{b.saveFailed}</Paragraph>
        </Alert>
      )}
      <form onSubmit={(event) => void submit(event)} noValidate>
        {items.map((item, index) => (
          <div className="bs-statement" key={item.key} data-testid="statement">
            <Fieldset
              id={`statement-${item.key}`}
              legend={`${b.statement(index + 1, items.length)}: ${item.text[lang]}`}
              error={stillMissing.includes(item.key) ? b.missing(index + 1) : undefined}
            >
              <div className="bs-scale">
                {b.scale.map((label, scaleIndex) => (
                  <Choice
                    key={label}
                    type="radio"
                    id={`answer-${item.key}-${scaleIndex + 1}`}
                    name={`answer-${item.key}`}
                    value={String(scaleIndex + 1)}
                    label={label}
                    checked={answers[item.key] === scaleIndex + 1}
                    onChange={(checked) => checked && answer(item.key, scaleIndex + 1)}
                  />
                ))}
              </div>
            </Fieldset>
          </div>
        ))}
        <Paragraph>{answered < items.length ? b.submitHint : ''}</Paragraph>
        <Button type="submit" disabled={submitting}>
          {b.submit}
        </Button>
      </form>
    </>
  );
}
