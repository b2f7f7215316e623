import './admin.css';

import { type FormEvent, useState } from 'react';

import { runAction } from '../action';
import { refreshQueries } from '../api-query';
import {
  AdminCreateOrganisationDocument,
  AdminMergeOrganisationsDocument,
  AdminOrganisationsDocument,
  AdminUpdateOrganisationDocument,
  type OrganisationType,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { useSearchParam } from '../router';
import { TableScroll } from '../table-scroll';
import { Alert, Button, Heading, PageTitle, Paragraph, SelectField, TextField } from '../ui';
import { refusalText, refusedField } from './admin-errors';
import { useAdminText } from './messages';
import {
  branchIds,
  flattenTree,
  mayHaveParent,
  mayStandAlone,
  ORGANISATION_TYPES,
  type TreeOrganisation,
  type TreeRow,
} from './organisation-tree';
import { useAllOrganisations } from './use-all-organisations';

type Notice = { type: 'ok' | 'error'; text: string };

export function OrganisationsAdminPage() {
  const { a } = useAdminText();
  return (
    <MemberOnly path="/beheer/organisaties" admin refusal={a.noAccess}>
      {() => <OrganisationsAdmin />}
    </MemberOnly>
  );
}

function OrganisationsAdmin() {
  const { a, t } = useAdminText();
  const { data, failed } = useAllOrganisations();
  // The organisation being changed is in the URL (?organisatie=…), so it survives a reload.
  const [selectedId, setSelectedId] = useSearchParam('organisatie');
  const [notice, setNotice] = useState<Notice | null>(null);

  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  const rows = flattenTree(data);
  const selected = data.find((o) => o.id === selectedId) ?? null;

  return (
    <>
      <PageTitle>{a.organisationsTitle}</PageTitle>
      <Paragraph lead>{a.organisationsIntro}</Paragraph>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {selected && (
        <section aria-labelledby="org-edit" className="admin-panel">
          <Heading level={2} id="org-edit">
            {a.editTitle(selected.name)}
          </Heading>
          <OrganisationForm
            key={selected.id}
            idPrefix="org-edit"
            all={data}
            initial={selected}
            submitLabel={a.save}
            onCancel={() => setSelectedId(null)}
            onSubmit={(values) =>
              request(AdminUpdateOrganisationDocument, {
                input: { id: selected.id, ...values },
              }).then(() => a.saved(values.name.trim()))
            }
            setNotice={setNotice}
          />
          <MergeForm
            key={`merge-${selected.id}`}
            all={data}
            source={selected}
            setNotice={setNotice}
            onMerged={() => setSelectedId(null)}
          />
        </section>
      )}
      <TreeTable rows={rows} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
      <section aria-labelledby="org-add" className="admin-panel">
        <Heading level={2} id="org-add">
          {a.addTitle}
        </Heading>
        <OrganisationForm
          idPrefix="org-add"
          all={data}
          initial={null}
          submitLabel={a.add}
          onSubmit={(values) =>
            request(AdminCreateOrganisationDocument, { input: values }).then(() =>
              a.added(values.name.trim()),
            )
          }
          setNotice={setNotice}
          resetOnSuccess
        />
      </section>
    </>
  );
}

function TreeTable({
  rows,
  selectedId,
  onSelect,
}: {
  rows: TreeRow[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const { a } = useAdminText();
  return (
    <section aria-labelledby="org-tree">
      <Heading level={2} id="org-tree">
        {a.tree}
      </Heading>
      {/* A wide table scrolls in its own box, never the page; focusable for keyboard users. */}
      <TableScroll label={a.tree}>
        <table className="utrecht-table admin-table" data-testid="organisation-tree">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell" scope="col">
                {a.name}
              </th>
              <th className="utrecht-table__header-cell admin-narrow-hidden" scope="col">
                {a.abbreviation}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {a.type}
              </th>
              <th className="utrecht-table__header-cell" scope="col">
                {a.action}
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {rows.map((o) => (
              <tr key={o.id} className="utrecht-table__row">
                <th
                  className="utrecht-table__header-cell admin-tree-name"
                  scope="row"
                  style={{ paddingInlineStart: `${0.5 + o.depth * 1.25}rem` }}
                >
                  {o.depth > 0 && <span aria-hidden="true">└ </span>}
                  {o.name}
                </th>
                <td className="utrecht-table__cell admin-narrow-hidden">{o.abbreviation}</td>
                <td className="utrecht-table__cell">{a.types[o.type]}</td>
                <td className="utrecht-table__cell">
                  <Button
                    appearance="subtle"
                    aria-label={a.edit(o.name)}
                    aria-pressed={o.id === selectedId}
                    onClick={() => onSelect(o.id)}
                  >
                    {a.editShort}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  );
}

interface FormValues {
  name: string;
  abbreviation: string | null;
  type: OrganisationType;
  parentId: string | null;
}

type Field = 'name' | 'abbreviation' | 'type' | 'parentId';

/** Name, abbreviation, type and place in the tree; for adding and for changing. */
function OrganisationForm({
  idPrefix,
  all,
  initial,
  submitLabel,
  onSubmit,
  onCancel,
  setNotice,
  resetOnSuccess,
}: {
  idPrefix: string;
  all: TreeOrganisation[];
  initial: TreeOrganisation | null;
  submitLabel: string;
  onSubmit: (values: FormValues) => Promise<string>;
  onCancel?: () => void;
  setNotice: (notice: Notice | null) => void;
  resetOnSuccess?: boolean;
}) {
  const { a, t } = useAdminText();
  const [name, setName] = useState(initial?.name ?? '');
  const [abbreviation, setAbbreviation] = useState(initial?.abbreviation ?? '');
  const [type, setType] = useState<OrganisationType>(initial?.type ?? 'MINISTRY');
  const [parentId, setParentId] = useState(initial?.parentId ?? '');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);

  // Parents the API takes for this type; never the organisation itself or its own parts.
  const excluded = initial ? branchIds(all, initial.id) : new Set<string>();
  const parents = flattenTree(all).filter(
    (o) => !excluded.has(o.id) && mayHaveParent(type, o.type),
  );
  const standAlone = mayStandAlone(type);
  const chosenParent =
    parentId && parents.some((p) => p.id === parentId)
      ? parentId
      : standAlone
        ? ''
        : (parents[0]?.id ?? '');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed.length < 2 || trimmed.length > 200) {
      setErrors({ name: a.nameError });
      return;
    }
    setErrors({});
    setBusy(true);
    const ok = await runAction(
      () =>
        onSubmit({
          name: trimmed,
          abbreviation: abbreviation.trim() || null,
          type,
          parentId: chosenParent || null,
        }).then((text) => ({ type: 'ok', text })),
      undefined,
      {
        setNotice: setNotice as never,
        errorText: (caught) => {
          const text = refusalText(caught, a.reasons, t);
          const field = refusedField(caught) as Field | undefined;
          if (field) setErrors({ [field]: text });
          return text;
        },
        reloadOnError: false,
      },
    );
    setBusy(false);
    if (ok) await refreshQueries(AdminOrganisationsDocument);
    if (ok && resetOnSuccess) {
      setName('');
      setAbbreviation('');
    }
  }

  const id = (field: string) => `${idPrefix}-${field}`;
  return (
    <form onSubmit={(event) => void submit(event)} noValidate className="admin-form">
      <TextField
        id={id('name')}
        label={a.name}
        error={errors.name}
        value={name}
        maxLength={200}
        autoComplete="off"
        onChange={(e) => setName(e.target.value)}
      />
      <TextField
        id={id('abbreviation')}
        label={a.abbreviation}
        description={a.abbreviationDescription}
        error={errors.abbreviation}
        value={abbreviation}
        maxLength={20}
        autoComplete="off"
        onChange={(e) => setAbbreviation(e.target.value)}
      />
      <SelectField
        id={id('type')}
        label={a.type}
        error={errors.type}
        value={type}
        onChange={(e) => setType(e.target.value as OrganisationType)}
      >
        {ORGANISATION_TYPES.map((option) => (
          <option key={option} value={option}>
            {a.types[option]}
          </option>
        ))}
      </SelectField>
      <SelectField
        id={id('parent')}
        label={a.parent}
        error={errors.parentId}
        value={chosenParent}
        onChange={(e) => setParentId(e.target.value)}
      >
        {standAlone && <option value="">{a.noParent}</option>}
        {parents.map((p) => (
          <option key={p.id} value={p.id}>
            {`${'– '.repeat(p.depth)}${p.name}`}
          </option>
        ))}
      </SelectField>
      <div className="admin-actions">
        <Button type="submit" disabled={busy}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button appearance="secondary-action" onClick={onCancel}>
            {a.cancel}
          </Button>
        )}
      </div>
    </form>
  );
}

/** Merges the selected organisation into another of the same type, after a confirmation. */
function MergeForm({
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
