import { type FormEvent, useState } from 'react';

import { useApiQuery } from '../api-query';
import {
  CreateIntervisionGroupDocument,
  type IntervisionGroupRowFragment,
  MyIntervisionGroupsDocument,
} from '../gql/graphql';
import { request } from '../graphql-client';
import { Link, useRouter } from '../router';
import { Button, Heading, PageTitle, Paragraph, TextAreaField, TextField } from '../ui';
import { useIntervisionText } from './messages';
import { MembersOnly, useIntervisionAction } from './parts';

export const groupPath = (id: string) => `/intervisie/groepen/${id}`;
export const casePath = (id: string) => `/intervisie/casussen/${id}`;

/** /intervisie: my groups and a new standalone group. */
export function IntervisionGroupsPage() {
  const { v } = useIntervisionText();
  return (
    <MembersOnly path="/intervisie">
      <PageTitle>{v.title}</PageTitle>
      <Paragraph lead>{v.intro}</Paragraph>
      <MyGroups />
      <CreateGroup communityId={null} />
    </MembersOnly>
  );
}

function MyGroups() {
  const { v } = useIntervisionText();
  const { data, failed } = useApiQuery(
    MyIntervisionGroupsDocument,
    {},
    { select: (data) => data.myIntervisionGroups },
  );
  return (
    <section aria-labelledby="my-groups">
      <Heading level={2} id="my-groups">
        {v.myGroups}
      </Heading>
      <GroupList groups={data} failed={failed} empty={v.noGroups} />
    </section>
  );
}

export function GroupList({
  groups,
  failed,
  empty,
}: {
  groups: IntervisionGroupRowFragment[] | null;
  failed: boolean;
  empty: string;
}) {
  const { v } = useIntervisionText();
  if (failed) return <Paragraph>{v.loadFailed}</Paragraph>;
  if (!groups) return <Paragraph>{v.loading}</Paragraph>;
  if (groups.length === 0) return <Paragraph>{empty}</Paragraph>;
  return (
    <ul className="utrecht-unordered-list">
      {groups.map((g) => (
        <li key={g.id} className="utrecht-unordered-list__item">
          <Link href={groupPath(g.id)}>{g.name}</Link> – {v.members(g.memberCount)}
          {g.viewerMembership?.status === 'INVITED' && <> ({v.invited})</>}
        </li>
      ))}
    </ul>
  );
}

export function CreateGroup({
  communityId,
  learningGroupId = null,
}: {
  communityId: string | null;
  learningGroupId?: string | null;
}) {
  const { v } = useIntervisionText();
  const { navigate } = useRouter();
  const [name, setName] = useState('');
  const [agreement, setAgreement] = useState(v.agreementDefault);
  const { run, busy, box } = useIntervisionAction();
  async function submit(event: FormEvent) {
    event.preventDefault();
    let id = '';
    const ok = await run(async () => {
      const { createIntervisionGroup } = await request(CreateIntervisionGroupDocument, {
        input: { name, confidentialityText: agreement, communityId, learningGroupId },
      });
      id = createIntervisionGroup.id;
    }, v.created);
    if (ok) navigate(groupPath(id));
  }
  const prefix = communityId ? 'cop-group' : learningGroupId ? 'lg-intervision-group' : 'group';
  return (
    <section aria-labelledby={`${prefix}-create`}>
      <Heading level={communityId || learningGroupId ? 3 : 2} id={`${prefix}-create`}>
        {v.createTitle}
      </Heading>
      <Paragraph>{learningGroupId ? v.learningGroupCreateIntro : v.createIntro}</Paragraph>
      {box}
      <form onSubmit={submit}>
        <TextField
          id={`${prefix}-name`}
          label={v.nameLabel}
          value={name}
          required
          minLength={3}
          maxLength={120}
          onChange={(e) => setName(e.target.value)}
        />
        <TextAreaField
          id={`${prefix}-agreement`}
          label={v.agreementLabel}
          description={v.agreementDescription}
          required
          value={agreement}
          onChange={setAgreement}
        />
        <Button type="submit" disabled={busy}>
          {v.create}
        </Button>
      </form>
    </section>
  );
}
