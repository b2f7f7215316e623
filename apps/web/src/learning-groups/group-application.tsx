import { type FormEvent, useState } from 'react';

import {
  ApplyToLearningGroupDocument,
  WithdrawLearningGroupApplicationDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { Link } from '../router';
import {
  Alert,
  Button,
  ErrorSummary,
  FormField,
  Heading,
  Paragraph,
  SelectField,
  textboxClass,
} from '../ui';
import type { Group } from './learning-group.page';
import { fieldMessage, firstPerField, useLearningGroupText } from './messages';

// Applying to a learning group: the viewer's own application (and withdrawing it) and the
// application form.

export function OwnApplication({ group, onChange }: { group: Group; onChange(): Promise<void> }) {
  const { l, t } = useLearningGroupText();
  const [failed, setFailed] = useState(false);
  const application = group.viewerApplication!;
  async function withdraw() {
    try {
      await request(WithdrawLearningGroupApplicationDocument, {
        input: { learningGroupId: group.id },
      });
      await onChange();
    } catch {
      setFailed(true);
    }
  }
  return (
    <Alert type="info">
      <Paragraph>{l.yourApplication(l.applicationStatus[application.status])}</Paragraph>
      {failed && <Paragraph>{t.genericError}</Paragraph>}
      {group.status === 'OPEN_FOR_APPLICATIONS' && (
        <Button appearance="secondary-action" onClick={() => void withdraw()}>
          {l.withdraw}
        </Button>
      )}
    </Alert>
  );
}

export function ApplicationForm({
  group,
  programmes,
  onApplied,
}: {
  group: Group;
  programmes: { id: string; name: string }[];
  onApplied(): Promise<void>;
}) {
  const { l, t } = useLearningGroupText();
  const [programmeId, setProgrammeId] = useState(programmes[0]?.id ?? '');
  const [wish, setWish] = useState('');
  const [error, setError] = useState<ApiError | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    try {
      await request(ApplyToLearningGroupDocument, {
        input: { learningGroupId: group.id, programmeId, learningWish: wish },
      });
      setError(null);
      await onApplied();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  return (
    <section aria-labelledby="lg-apply">
      <Heading level={2} id="lg-apply">
        {l.applyTitle}
      </Heading>
      {programmes.length === 0 ? (
        <Paragraph>
          <Link href="/leergroepen">{l.describeFirst}</Link>
        </Paragraph>
      ) : (
        <form onSubmit={(e) => void submit(e)} noValidate>
          {error && (
            <ErrorSummary
              title={t.genericError}
              message={error.fields.length === 0 ? error.message : t.fixFields}
              items={firstPerField(error.fields).map((f) => ({
                target: `apply-${f.field}`,
                message: fieldMessage(l, f.field, f.message)!,
              }))}
            />
          )}
          <SelectField
            id="apply-programmeId"
            label={l.programme}
            error={fieldMessage(l, 'programmeId', error?.fieldError('programmeId'))}
            value={programmeId}
            onChange={(e) => setProgrammeId(e.target.value)}
          >
            {programmes.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </SelectField>
          <FormField
            id="apply-learningWish"
            label={l.learningWish}
            description={l.learningWishDescription}
            error={fieldMessage(l, 'learningWish', error?.fieldError('learningWish'))}
          >
            {(props) => (
              <textarea
                {...props}
                className={`utrecht-textarea ${textboxClass(!!props['aria-invalid'])}`}
                rows={4}
                value={wish}
                onChange={(e) => setWish(e.target.value)}
              />
            )}
          </FormField>
          <Button type="submit">{l.apply}</Button>
        </form>
      )}
    </section>
  );
}
