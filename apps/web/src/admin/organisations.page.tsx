import './admin.css';

import { useState } from 'react';

import { AdminCreateOrganisationDocument, AdminUpdateOrganisationDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { useSearchParam } from '../router';
import { TableScroll } from '../table-scroll';
import { Alert, Button, Heading, PageTitle, Paragraph } from '../ui';
import { MergeForm } from './merge-organisation-form';
import { useAdminText } from './messages';
import { OrganisationForm } from './organisation-form';
import { flattenTree, type TreeRow } from './organisation-tree';
import { useAllOrganisations } from './use-all-organisations';

export type Notice = { type: 'ok' | 'error'; text: string };

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
