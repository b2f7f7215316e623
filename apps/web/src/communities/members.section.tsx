import './members.css';

import { useSearch } from '@tanstack/react-router';
import { useState } from 'react';

import { useApiQuery } from '../api-query';
import { TeamProfileSection } from '../boundary-spanner/team-profile-section';
import {
  CommunityMembersDocument,
  type CommunityRole,
  type MembershipRowFragment,
  RemoveCommunityMemberDocument,
  SetCommunityRoleDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { IntervisionGroupsSection } from '../intervision/groups-section';
import { Link } from '../router';
import { TableScroll } from '../table-scroll';
import { Button, Heading, Paragraph, selectClass } from '../ui';
import { useCommunityView } from './community-context';
import { MemberName } from './member-name';
import { ROLES, useCommunityText } from './messages';
import { Badge } from './parts';
import { communityPath } from './sections';

/** Members on one page of the section; the CoP's other pages load none of them. */
const PAGE_SIZE = 50;

/**
 * /communities/<slug>/leden?na=<cursor>: who is in, a page at a time (roles changed here by
 * coordinators), team profile, intervisie.
 */
export function MembersSection() {
  const { t, c } = useCommunityText();
  const { community, canManage } = useCommunityView();
  const { na } = useSearch({ strict: false }) as { na?: string };
  const { data } = useApiQuery(CommunityMembersDocument, {
    slug: community.slug,
    first: PAGE_SIZE,
    after: na ?? null,
  });
  const page = data ? data.community.members : undefined;
  const here = communityPath(community.slug, 'members');
  return (
    <>
      <section aria-labelledby="members" data-testid="members">
        <Heading level={2} id="members">
          {c.membersTitle}
        </Heading>
        {page === undefined ? (
          <Paragraph>{t.loading}</Paragraph>
        ) : !page ? (
          <Paragraph>{c.membersHidden}</Paragraph>
        ) : (
          <>
            {canManage ? (
              <MemberTable members={page.nodes} />
            ) : (
              <ul className="plain-list member-list">
                {page.nodes.map((m) => (
                  <li key={m.id}>
                    <MemberName membership={m} /> <Badge>{c.roles[m.role]}</Badge>
                  </li>
                ))}
              </ul>
            )}
            {(page.pageInfo.hasNextPage || na) && (
              <p className="nl-paragraph row">
                {na && (
                  <Link href={here} className="nl-link">
                    {c.firstMembers}
                  </Link>
                )}
                {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
                  <Link
                    href={`${here}?na=${encodeURIComponent(page.pageInfo.endCursor)}`}
                    className="nl-link"
                  >
                    {c.nextMembers}
                  </Link>
                )}
              </p>
            )}
          </>
        )}
      </section>
      <TeamProfileSection communityId={community.id} />
      <IntervisionGroupsSection community={community} create={false} />
    </>
  );
}

function MemberTable({ members }: { members: MembershipRowFragment[] }) {
  const { c } = useCommunityText();
  const { community, act } = useCommunityView();
  const [roles, setRoles] = useState<Record<string, CommunityRole>>({});
  return (
    <TableScroll label={c.membersTitle}>
      <table className="utrecht-table member-table">
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">
              {c.nameLabel}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              {c.changeRole}
            </th>
            <th className="utrecht-table__header-cell" scope="col">
              <span className="visually-hidden">{c.remove('')}</span>
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {members.map((m) => {
            const role = roles[m.member.id] ?? m.role;
            const name = m.member.name;
            const input = { communityId: community.id, memberId: m.member.id };
            return (
              <tr key={m.id} className="utrecht-table__row">
                <td className="utrecht-table__cell">
                  <MemberName membership={m} />
                </td>
                <td className="utrecht-table__cell">
                  <div className="row">
                    <label className="visually-hidden" htmlFor={`role-${m.member.id}`}>
                      {c.roleOf(name)}
                    </label>
                    <select
                      id={`role-${m.member.id}`}
                      className={selectClass(false)}
                      value={role}
                      onChange={(event) =>
                        setRoles({ ...roles, [m.member.id]: event.target.value as CommunityRole })
                      }
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {c.roles[r]}
                        </option>
                      ))}
                    </select>
                    <Button
                      appearance="secondary-action"
                      onClick={() =>
                        void act(
                          () => request(SetCommunityRoleDocument, { input: { ...input, role } }),
                          c.roleChanged(name, c.roles[role]),
                        ).then(() => setRoles({}))
                      }
                    >
                      {c.changeRole}
                      <span className="visually-hidden"> ({name})</span>
                    </Button>
                  </div>
                </td>
                <td className="utrecht-table__cell">
                  <Button
                    appearance="subtle"
                    onClick={() =>
                      void act(
                        () => request(RemoveCommunityMemberDocument, { input }),
                        c.removed(name),
                        // The row and its buttons go: the message takes the focus.
                        { focus: true },
                      )
                    }
                  >
                    {c.remove(name)}
                  </Button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
