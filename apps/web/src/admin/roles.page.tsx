import './admin.css';

import { type FormEvent, useState } from 'react';

import { runAction } from '../action';
import { useApiQuery } from '../api-query';
import {
  AdminMemberSearchDocument,
  AdminSetPlatformRoleDocument,
  PlatformAdminsDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { useSearchParam } from '../router';
import { TableScroll } from '../table-scroll';
import { Alert, Button, Heading, PageTitle, Paragraph, TextField } from '../ui';
import { refusalText } from './admin-errors';
import { useAdminText } from './messages';

type Notice = { type: 'ok' | 'error'; text: string };

export function RolesAdminPage() {
  const { a } = useAdminText();
  return (
    <MemberOnly path="/beheer/rollen" admin refusal={a.noAccess}>
      {() => <RolesAdmin />}
    </MemberOnly>
  );
}

function RolesAdmin() {
  const { a, t } = useAdminText();
  const admins = useApiQuery(PlatformAdminsDocument);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);

  async function setRole(memberId: string, role: 'ADMIN' | 'MEMBER', done: string) {
    setBusy(true);
    await runAction(
      () => request(AdminSetPlatformRoleDocument, { input: { memberId, role } }),
      done,
      {
        setNotice,
        errorText: (caught) => refusalText(caught, a.reasons, t),
        refresh: [PlatformAdminsDocument, AdminMemberSearchDocument],
      },
    );
    setBusy(false);
  }

  if (admins.failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!admins.data) return <Paragraph>{t.loading}</Paragraph>;
  const list = admins.data.platformAdmins;

  return (
    <>
      <PageTitle>{a.rolesTitle}</PageTitle>
      <Paragraph lead>{a.rolesIntro}</Paragraph>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      <section aria-labelledby="roles-admins">
        <Heading level={2} id="roles-admins">
          {a.admins}
        </Heading>
        <TableScroll label={a.admins}>
          <table className="utrecht-table admin-table" data-testid="platform-admins">
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th className="utrecht-table__header-cell" scope="col">
                  {a.member}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {a.organisation}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {a.email}
                </th>
                <th className="utrecht-table__header-cell" scope="col">
                  {a.action}
                </th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {list.map((m) => (
                <tr key={m.id} className="utrecht-table__row">
                  <th className="utrecht-table__header-cell admin-tree-name" scope="row">
                    {m.name}
                  </th>
                  <td className="utrecht-table__cell">{m.organisation?.name}</td>
                  <td className="utrecht-table__cell">{m.email}</td>
                  <td className="utrecht-table__cell">
                    {list.length > 1 ? (
                      <Button
                        appearance="secondary-action"
                        aria-label={a.revoke(m.name)}
                        disabled={busy}
                        onClick={() => void setRole(m.id, 'MEMBER', a.revoked(m.name))}
                      >
                        {a.revokeShort}
                      </Button>
                    ) : (
                      a.lastAdminNote
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </section>
      <Grant busy={busy} onGrant={(id, name) => setRole(id, 'ADMIN', a.granted(name))} />
    </>
  );
}

/** Finds members by name (the search is in the URL: ?zoek=…) and makes one an admin. */
function Grant({
  busy,
  onGrant,
}: {
  busy: boolean;
  onGrant: (memberId: string, name: string) => Promise<void>;
}) {
  const { a, t } = useAdminText();
  const [search, setSearch] = useSearchParam('zoek');
  const [draft, setDraft] = useState(search ?? '');
  const [error, setError] = useState<string>();
  const results = useApiQuery(
    AdminMemberSearchDocument,
    { search: search ?? '' },
    { enabled: Boolean(search) },
  );

  function submit(event: FormEvent) {
    event.preventDefault();
    if (draft.trim().length < 2) {
      setError(a.searchError);
      return;
    }
    setError(undefined);
    setSearch(draft.trim());
  }

  const found = results.data?.members.nodes ?? [];
  return (
    <section aria-labelledby="roles-grant">
      <Heading level={2} id="roles-grant">
        {a.grantTitle}
      </Heading>
      <form onSubmit={submit} noValidate className="admin-form" role="search">
        <TextField
          id="roles-search"
          label={a.searchLabel}
          error={error}
          type="search"
          value={draft}
          autoComplete="off"
          onChange={(e) => setDraft(e.target.value)}
        />
        <div className="admin-actions">
          <Button type="submit">{a.search}</Button>
        </div>
      </form>
      {search && results.failed && <Paragraph>{t.genericError}</Paragraph>}
      {search && results.data && found.length === 0 && <Paragraph>{a.noResults}</Paragraph>}
      {found.length > 0 && (
        <ul className="utrecht-unordered-list admin-results" data-testid="member-results">
          {found.map((m) => (
            <li key={m.id} className="utrecht-unordered-list__item">
              <span>
                {m.name}
                {m.organisation && ` (${m.organisation.name})`}
              </span>{' '}
              {m.platformRole === 'ADMIN' ? (
                <em>{a.alreadyAdmin}</em>
              ) : (
                <Button
                  appearance="subtle"
                  aria-label={a.grant(m.name)}
                  disabled={busy}
                  onClick={() => void onGrant(m.id, m.name)}
                >
                  {a.grantShort}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
