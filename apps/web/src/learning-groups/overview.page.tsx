import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  DescribeProgrammeDocument,
  type LearningGroupPartsFragment,
  LearningGroupsOverviewDocument,
  type LearningGroupsOverviewQuery,
  type ProgrammePhase,
  type ProgrammeStrategy,
  type ProgrammeType,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { MemberSentence } from '../members/member-link';
import { Link } from '../router';
import { useSession } from '../session';
import {
  Alert,
  Button,
  Choice,
  ErrorSummary,
  Heading,
  PageTitle,
  Paragraph,
  SelectField,
  TextField,
} from '../ui';
import { CreateLearningGroupForm } from './create-learning-group';
import { PeerIntroductionsLink } from './introductions/introductions.page';
import {
  fieldMessage,
  firstPerField,
  formatDay,
  PROGRAMME_PHASES,
  PROGRAMME_STRATEGIES,
  PROGRAMME_TYPES,
  useLearningGroupText,
} from './messages';

export function LearningGroupsOverviewPage() {
  return <MemberOnly path="/leergroepen">{() => <Overview />}</MemberOnly>;
}

function Overview() {
  const { l, t } = useLearningGroupText();
  const { viewer } = useSession();
  const { data, failed, reload } = useApiQuery(LearningGroupsOverviewDocument);
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  return (
    <>
      <PageTitle>{l.title}</PageTitle>
      <Paragraph lead>{l.intro}</Paragraph>
      <section aria-labelledby="lg-groups">
        <Heading level={2} id="lg-groups">
          {l.groupsTitle}
        </Heading>
        {data.learningGroups.nodes.length === 0 ? (
          <Paragraph>{l.none}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list lg-list">
            {data.learningGroups.nodes.map((group) => (
              <GroupItem key={group.id} group={group} />
            ))}
          </ul>
        )}
      </section>
      {viewer?.member?.platformRole === 'ADMIN' && <CreateLearningGroupForm onCreated={reload} />}
      <section aria-labelledby="lg-programmes">
        <Heading level={2} id="lg-programmes">
          {l.programmesTitle}
        </Heading>
        <PeerIntroductionsLink />
        {data.myProgrammes.length === 0 ? (
          <Paragraph>{l.noProgrammes}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list" data-testid="my-programmes">
            {data.myProgrammes.map((p) => (
              <li key={p.id} className="utrecht-unordered-list__item">
                {p.name} ({p.ministry?.abbreviation ?? p.ministry?.name}) — {l.types[p.type]},{' '}
                {l.phases[p.phase].toLowerCase()}
              </li>
            ))}
          </ul>
        )}
        <ProgrammeForm ministries={data.organisations.nodes} onSaved={reload} />
      </section>
    </>
  );
}

function GroupItem({ group }: { group: LearningGroupPartsFragment }) {
  const { l, lang } = useLearningGroupText();
  return (
    <li className="utrecht-unordered-list__item">
      <Heading level={3}>
        <Link href={`/leergroepen/${group.id}`}>{group.name}</Link>
      </Heading>
      <Paragraph>
        {l.status[group.status]}.{' '}
        {l.cohort(formatDay(group.cohortStartsOn, lang), formatDay(group.cohortEndsOn, lang))}.{' '}
        {group.facilitator && (
          <MemberSentence sentence={l.facilitatedBy} member={group.facilitator} />
        )}
      </Paragraph>
      {group.viewerApplication && (
        <Paragraph>
          {l.yourApplication(l.applicationStatus[group.viewerApplication.status])}
        </Paragraph>
      )}
    </li>
  );
}

type Ministry = LearningGroupsOverviewQuery['organisations']['nodes'][number];

const FIELD_ORDER = ['name', 'ministryId', 'type', 'strategy', 'phase', 'themes', 'hasBudget'];

function ProgrammeForm({
  ministries,
  onSaved,
}: {
  ministries: Ministry[];
  onSaved(): Promise<void>;
}) {
  const { l, t } = useLearningGroupText();
  const [name, setName] = useState('');
  const [ministryId, setMinistryId] = useState('');
  const [type, setType] = useState<ProgrammeType | ''>('');
  const [strategy, setStrategy] = useState<ProgrammeStrategy | ''>('');
  const [phase, setPhase] = useState<ProgrammePhase | ''>('');
  const [themes, setThemes] = useState('');
  const [hasBudget, setHasBudget] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);
  const fieldError = (field: string) => fieldMessage(l, field, error?.fieldError(field));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    // Choices the API cannot even parse when empty are checked here, with the same messages.
    const missing = [
      !ministryId && { field: 'ministryId', message: l.chooseMinistry },
      !type && { field: 'type', message: `${l.type}?` },
      !strategy && { field: 'strategy', message: `${l.strategy}?` },
      !phase && { field: 'phase', message: `${l.phase}?` },
    ].filter((f): f is { field: string; message: string } => !!f);
    if (missing.length > 0) {
      setError(new ApiError(t.genericError, 'BAD_USER_INPUT', missing));
      return;
    }
    try {
      await request(DescribeProgrammeDocument, {
        input: {
          name,
          ministryId,
          type: type as ProgrammeType,
          strategy: strategy as ProgrammeStrategy,
          phase: phase as ProgrammePhase,
          themes: themes
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
          hasBudget,
        },
      });
      setError(null);
      setSaved(true);
      setName('');
      setThemes('');
      await onSaved();
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(t.genericError, 'UNKNOWN'));
    }
  }

  const select = (
    id: string,
    label: string,
    value: string,
    onChange: (v: string) => void,
    options: { value: string; label: string }[],
    placeholder: string,
  ) => (
    <SelectField
      id={id}
      label={label}
      error={fieldError(id.replace('programme-', ''))}
      value={value}
      onChange={(e) => onChange(e.target.value)}
    >
      <option value="">{placeholder}</option>
      {options.map((o) => (
        <option key={o.value} value={o.value}>
          {o.label}
        </option>
      ))}
    </SelectField>
  );

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby="lg-describe" noValidate>
      <Heading level={3} id="lg-describe">
        {l.describeTitle}
      </Heading>
      {saved && (
        <Alert type="ok">
          <Paragraph>{l.described}</Paragraph>
        </Alert>
      )}
      {error && (
        <ErrorSummary
          title={t.genericError}
          message={error.fields.length === 0 ? error.message : t.fixFields}
          items={firstPerField(error.fields)
            .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field))
            .map((f) => ({
              target: `programme-${f.field}`,
              message: fieldMessage(l, f.field, f.message)!,
            }))}
        />
      )}
      <TextField
        id="programme-name"
        label={l.name}
        description={l.nameDescription}
        error={fieldError('name')}
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      {select(
        'programme-ministryId',
        l.ministry,
        ministryId,
        setMinistryId,
        ministries.map((m) => ({
          value: m.id,
          label: m.abbreviation ? `${m.name} (${m.abbreviation})` : m.name,
        })),
        l.chooseMinistry,
      )}
      {select(
        'programme-type',
        l.type,
        type,
        (v) => setType(v as ProgrammeType),
        PROGRAMME_TYPES.map((v) => ({ value: v, label: l.types[v] })),
        '—',
      )}
      {select(
        'programme-strategy',
        l.strategy,
        strategy,
        (v) => setStrategy(v as ProgrammeStrategy),
        PROGRAMME_STRATEGIES.map((v) => ({ value: v, label: l.strategies[v] })),
        '—',
      )}
      {select(
        'programme-phase',
        l.phase,
        phase,
        (v) => setPhase(v as ProgrammePhase),
        PROGRAMME_PHASES.map((v) => ({ value: v, label: l.phases[v] })),
        '—',
      )}
      <TextField
        id="programme-themes"
        label={l.themes}
        description={l.themesDescription}
        error={fieldError('themes')}
        value={themes}
        onChange={(e) => setThemes(e.target.value)}
      />
      <Choice
        type="checkbox"
        id="programme-hasBudget"
        name="hasBudget"
        value="yes"
        label={l.hasBudget}
        checked={hasBudget}
        onChange={setHasBudget}
      />
      <Button type="submit">{l.describe}</Button>
    </form>
  );
}
