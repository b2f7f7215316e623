import { type ReactNode, useState } from 'react';

import { type Run } from '../action';
import {
  AcceptIntervisionCaseDocument,
  AdvanceIntervisionPhaseDocument,
  CloseIntervisionPhaseDocument,
  ExtendIntervisionPhaseDocument,
  OpenIntervisionPhaseDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { Button, Choice, Heading, SelectField, TextField } from '../ui';
import type { Case } from './case.page';
import { useIntervisionText } from './messages';

// The moderator's controls of a case: accept it with a method, then open, advance, close or extend
// its phases.

export function ModeratorControls({ kase, run, busy }: { kase: Case; run: Run; busy: boolean }) {
  const { v, lang } = useIntervisionText();
  const methods = kase.group.methods ?? [];
  const [methodId, setMethodId] = useState(methods[0]?.id ?? '');
  const [minutes, setMinutes] = useState('');
  const [autoAdvance, setAutoAdvance] = useState(false);
  const current = kase.phases.find((p) => p.index === kase.currentPhaseIndex);
  const open = kase.state === 'IN_PHASE' && current?.status === 'OPEN';
  const last = kase.currentPhaseIndex === kase.phaseCount - 1;
  const timing = {
    windowSeconds: minutes ? Math.round(Number(minutes) * 60) : null,
    autoAdvance,
  };
  const windowFields = (
    <>
      <TextField
        id="phase-window"
        label={v.windowLabel}
        description={v.windowDescription}
        inputMode="decimal"
        value={minutes}
        onChange={(e) => setMinutes(e.target.value)}
      />
      <Choice
        type="checkbox"
        id="phase-auto-advance"
        name="autoAdvance"
        value="yes"
        label={v.autoAdvanceLabel}
        checked={autoAdvance}
        onChange={setAutoAdvance}
      />
    </>
  );
  let controls: ReactNode = null;
  if (kase.state === 'DRAFT') {
    controls = (
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run(
            () =>
              request(AcceptIntervisionCaseDocument, {
                input: { caseId: kase.id, methodId, ...timing },
              }),
            v.done,
          );
        }}
      >
        <SelectField
          id="case-method"
          label={v.methodLabel}
          value={methodId}
          onChange={(e) => setMethodId(e.target.value)}
        >
          {methods.map((m) => (
            <option key={m.id} value={m.id}>
              {lang === 'en' ? m.nameEn : m.nameNl} {m.adapted ? v.adapted : ''}
            </option>
          ))}
        </SelectField>
        {windowFields}
        <Button type="submit" disabled={busy || !methodId}>
          {v.acceptCase}
        </Button>
      </form>
    );
  } else if (open) {
    controls = (
      <>
        {!last && windowFields}
        <div className="intervision-actions">
          <Button
            disabled={busy}
            onClick={() =>
              void run(
                () =>
                  request(AdvanceIntervisionPhaseDocument, {
                    input: { caseId: kase.id, ...timing },
                  }),
                v.done,
              )
            }
          >
            {last ? v.toClosing : v.advance}
          </Button>
          <Button
            appearance="secondary-action"
            disabled={busy}
            onClick={() =>
              void run(
                () => request(CloseIntervisionPhaseDocument, { input: { caseId: kase.id } }),
                v.done,
              )
            }
          >
            {v.closePhase}
          </Button>
          {current?.deadline && (
            <Button
              appearance="secondary-action"
              disabled={busy}
              onClick={() =>
                void run(
                  () =>
                    request(ExtendIntervisionPhaseDocument, {
                      input: { caseId: kase.id, extraSeconds: 24 * 3600 },
                    }),
                  v.done,
                )
              }
            >
              {v.extend}
            </Button>
          )}
        </div>
      </>
    );
  } else if (kase.state === 'ACCEPTED' || kase.state === 'IN_PHASE') {
    controls = (
      <>
        {!last && windowFields}
        <Button
          disabled={busy}
          onClick={() =>
            void run(
              () =>
                request(OpenIntervisionPhaseDocument, { input: { caseId: kase.id, ...timing } }),
              v.done,
            )
          }
        >
          {last ? v.toClosing : v.openPhase}
        </Button>
      </>
    );
  }
  if (!controls) return null;
  return (
    <section aria-labelledby="moderation" className="intervision-moderation">
      <Heading level={2} id="moderation">
        {v.moderatorTitle}
      </Heading>
      {controls}
    </section>
  );
}
