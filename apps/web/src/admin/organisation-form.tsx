import { type FormEvent, useState } from 'react';

import { runAction } from '../action';
import { refreshQueries } from '../api-query';
import { AdminOrganisationsDocument, type OrganisationType } from '../gql/graphql';
import { Button, SelectField, TextField } from '../ui';
import { refusalText, refusedField } from './admin-errors';
import { useAdminText } from './messages';
import {
  branchIds,
  flattenTree,
  mayHaveParent,
  mayStandAlone,
  ORGANISATION_TYPES,
  type TreeOrganisation,
} from './organisation-tree';
import type { Notice } from './organisations.page';

interface FormValues {
  name: string;
  abbreviation: string | null;
  type: OrganisationType;
  parentId: string | null;
}

type Field = 'name' | 'abbreviation' | 'type' | 'parentId';

/** Name, abbreviation, type and place in the tree; for adding and for changing. */
export function OrganisationForm({
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
