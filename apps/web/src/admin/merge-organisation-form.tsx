import { type FormEvent, useState } from 'react';

import { runAction } from '../action';
import { refreshQueries } from '../api-query';
import { AdminMergeOrganisationsDocument, AdminOrganisationsDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { Alert, Button, Heading, Paragraph, SelectField } from '../ui';
import { refusalText } from './admin-errors';
import { useAdminText } from './messages';
import { branchIds, flattenTree, type TreeOrganisation } from './organisation-tree';
import type { Notice } from './organisations.page';

/** Merges the selected organisation into another of the same type, after a confirmation. */
export function MergeForm({
  all,
  source,
  setNotice,
  onMerged,
}: {
  all: TreeOrganisation[];
  source: TreeOrganisation;
  setNotice: (notice: Notice | null) => void;
  onMerged: () => void;
}) {
  const { a, t } = useAdminText();
  const [targetId, setTargetId] = useState('');
  const [error, setError] = useState<string>();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const branch = branchIds(all, source.id);
  const targets = flattenTree(all).filter((o) => o.type === source.type && !branch.has(o.id));
  const target = targets.find((o) => o.id === targetId) ?? null;

  function ask(event: FormEvent) {
    event.preventDefault();
    if (!target) {
      setError(a.chooseTargetError);
      return;
    }
    setError(undefined);
    setConfirming(true);
  }

  async function merge() {
    if (!target) return;
    setBusy(true);
    const ok = await runAction(
      () =>
        request(AdminMergeOrganisationsDocument, {
          input: { sourceId: source.id, targetId: target.id },
        }),
      a.merged(source.name, target.name),
      {
        setNotice: setNotice as never,
        errorText: (caught) => {
          const text = refusalText(caught, a.reasons, t);
          setError(text);
          return text;
        },
        reloadOnError: false,
      },
    );
    setBusy(false);
    setConfirming(false);
    if (ok) {
      await refreshQueries(AdminOrganisationsDocument);
      onMerged();
    }
  }

  return (
    <section aria-labelledby="org-merge">
      <Heading level={3} id="org-merge">
        {a.mergeTitle(source.name)}
      </Heading>
      <Paragraph>{a.mergeIntro}</Paragraph>
      {targets.length === 0 ? (
        <Paragraph>{a.noTargets}</Paragraph>
      ) : (
        <form onSubmit={ask} noValidate className="admin-form">
          <SelectField
            id="org-merge-target"
            label={a.mergeTarget}
            description={a.mergeTargetDescription}
            error={error}
            value={targetId}
            onChange={(e) => {
              setTargetId(e.target.value);
              setConfirming(false);
            }}
          >
            <option value="">{a.chooseTarget}</option>
            {targets.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </SelectField>
          {confirming && target ? (
            <Alert type="warning">
              <Paragraph>{a.mergeConfirm(source.name, target.name)}</Paragraph>
              <div className="admin-actions">
                <Button disabled={busy} onClick={() => void merge()}>
                  {a.mergeYes}
                </Button>
                <Button appearance="secondary-action" onClick={() => setConfirming(false)}>
                  {a.cancel}
                </Button>
              </div>
            </Alert>
          ) : (
            <div className="admin-actions">
              <Button type="submit" appearance="secondary-action">
                {a.merge}
              </Button>
            </div>
          )}
        </form>
      )}
    </section>
  );
}
