import { type FormEvent, useState } from 'react';

import { type Run } from '../action';
import {
  ContributeToIntervisionCaseDocument,
  EditIntervisionContributionDocument,
  type IntervisionContributionKind,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { Button, Heading, Paragraph, SelectField, TextAreaField } from '../ui';
import type { Case } from './case.page';
import { formatWhen, useIntervisionText } from './messages';
import { PlainText } from './parts';

// A case's phases as the members see them: the contributions, editing one's own, and the composer
// for the open phase.

export function PhaseSection({
  kase,
  phase,
  run,
  busy,
}: {
  kase: Case;
  phase: Case['phases'][number];
  run: Run;
  busy: boolean;
}) {
  const { v, lang } = useIntervisionText();
  const current = phase.index === kase.currentPhaseIndex && phase.status === 'OPEN';
  return (
    <section
      aria-labelledby={`phase-${phase.index}`}
      className="intervision-phase"
      data-testid={`phase-${phase.key}`}
    >
      <Heading level={2} id={`phase-${phase.index}`}>
        {phase.index + 1}. {lang === 'en' ? phase.titleEn : phase.titleNl} (
        {v.phaseStatus[phase.status]})
      </Heading>
      <Paragraph>{lang === 'en' ? phase.instructionEn : phase.instructionNl}</Paragraph>
      {phase.deadline && phase.status === 'OPEN' && (
        <Paragraph>
          {v.deadline(formatWhen(phase.deadline, lang))}
          {phase.autoAdvance && <> {v.autoAdvance}</>}
        </Paragraph>
      )}
      {phase.contributions.length === 0 ? (
        <Paragraph>{v.noContributions}</Paragraph>
      ) : (
        <ul className="intervision-contributions">
          {phase.contributions.map((c) => (
            <Contribution key={c.id} contribution={c} run={run} busy={busy} />
          ))}
        </ul>
      )}
      {current && kase.expectedOfViewer.task === 'CONTRIBUTE' && (
        <Composer kase={kase} run={run} busy={busy} />
      )}
    </section>
  );
}

type ContributionItem = Case['phases'][number]['contributions'][number];

/** One contribution; its author edits it while the phase is open. */
function Contribution({
  contribution: c,
  run,
  busy,
}: {
  contribution: ContributionItem;
  run: Run;
  busy: boolean;
}) {
  const { v, lang } = useIntervisionText();
  const [editing, setEditing] = useState(false);
  const [body, setBody] = useState(c.body);
  return (
    <li className="intervision-contribution">
      <Paragraph>
        <strong>{v.kinds[c.kind]}</strong> –{' '}
        {c.author && <MemberLink id={c.author.id} name={c.author.name} />} ·{' '}
        <time dateTime={c.createdAt}>{formatWhen(c.createdAt, lang)}</time>
        {c.editedAt && <> {v.edited}</>}
      </Paragraph>
      {editing ? (
        <form
          onSubmit={async (event) => {
            event.preventDefault();
            const ok = await run(
              () =>
                request(EditIntervisionContributionDocument, {
                  input: { contributionId: c.id, body },
                }),
              v.saved,
            );
            if (ok) setEditing(false);
          }}
        >
          <TextAreaField
            id={`edit-${c.id}`}
            label={v.editLabel}
            required
            value={body}
            onChange={setBody}
          />
          <div className="intervision-actions">
            <Button type="submit" disabled={busy}>
              {v.save}
            </Button>
            <Button appearance="secondary-action" onClick={() => setEditing(false)}>
              {v.cancel}
            </Button>
          </div>
        </form>
      ) : (
        <>
          <PlainText text={c.body} />
          {c.viewerCanEdit && (
            <Button appearance="subtle" onClick={() => setEditing(true)}>
              {v.edit}
            </Button>
          )}
        </>
      )}
    </li>
  );
}

/** Offers only the kinds this phase takes from the viewer. */
function Composer({ kase, run, busy }: { kase: Case; run: Run; busy: boolean }) {
  const { v } = useIntervisionText();
  const kinds = kase.expectedOfViewer.allowedKinds;
  const [kind, setKind] = useState<IntervisionContributionKind>(kinds[0]);
  const [body, setBody] = useState('');
  // Shown only after a submit that failed, never on an untouched box.
  const [error, setError] = useState<string | undefined>();
  const chosen = kinds.includes(kind) ? kind : kinds[0];
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setError(v.bodyRequired);
      return;
    }
    const ok = await run(
      () =>
        request(ContributeToIntervisionCaseDocument, {
          input: { caseId: kase.id, kind: chosen, body },
        }),
      v.posted,
    );
    setError(ok ? undefined : v.bodyRefused);
    if (ok) setBody('');
  }
  return (
    <form onSubmit={submit} aria-labelledby="composer" className="intervision-composer">
      <Heading level={3} id="composer">
        {v.composerTitle}
      </Heading>
      <SelectField
        id="contribution-kind"
        label={v.kindLabel}
        value={chosen}
        onChange={(e) => setKind(e.target.value as IntervisionContributionKind)}
      >
        {kinds.map((k) => (
          <option key={k} value={k}>
            {v.kinds[k]}
          </option>
        ))}
      </SelectField>
      {/* No native `required`: the browser would style the empty box as invalid at once. */}
      <TextAreaField
        id="contribution-body"
        label={v.bodyLabel}
        error={error}
        value={body}
        onChange={setBody}
      />
      <Button type="submit" disabled={busy}>
        {v.post}
      </Button>
    </form>
  );
}
