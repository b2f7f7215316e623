import { type FormEvent, useEffect, useRef, useState } from 'react';

import {
  BlockCoffeeDateMemberDocument,
  CoffeeDateMemberSearchDocument,
  UnblockCoffeeDateMemberDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberLink } from '../members/member-link';
import { useSearchParam } from '../router';
import { Alert, Button, Heading, Paragraph, TextField } from '../ui';
import { useNotice } from './koffiedate-notice';
import { useCoffeeDateText } from './messages';

// The block list: members the viewer is never matched with.

export function BlockList({
  blocks,
  onChange,
}: {
  blocks: { id: string; name: string }[];
  onChange: () => Promise<void>;
}) {
  const { k, t } = useCoffeeDateText();
  // The search is in the URL (?zoek=…), so it survives reload and "back".
  const [query, setQuery] = useSearchParam('zoek');
  const [search, setSearch] = useState(query ?? '');
  const [results, setResults] = useState<{ id: string; name: string }[] | null>(null);
  const [notice, setNotice] = useNotice('blocks');
  const showNotice = useRef(setNotice);
  showNotice.current = setNotice;

  useEffect(() => {
    if (!query) return;
    let live = true;
    setSearch(query);
    request(CoffeeDateMemberSearchDocument, { search: query })
      .then((found) => {
        if (live) setResults(found.members.edges.map((e) => e.node).filter((m) => !m.isViewer));
      })
      .catch(() => live && showNotice.current({ type: 'error', text: t.genericError }));
    return () => {
      live = false;
    };
  }, [query, t.genericError]);

  function find(event: FormEvent) {
    event.preventDefault();
    if (!search.trim()) return;
    setQuery(search.trim());
  }

  async function change(memberId: string, block: boolean) {
    try {
      if (block) await request(BlockCoffeeDateMemberDocument, { input: { memberId } });
      else await request(UnblockCoffeeDateMemberDocument, { input: { memberId } });
      setNotice(null);
      await onChange();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  const blocked = new Set(blocks.map((b) => b.id));
  return (
    <section aria-labelledby="kd-blocks">
      <Heading level={2} id="kd-blocks">
        {k.blockTitle}
      </Heading>
      <Paragraph>{k.blockIntro}</Paragraph>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {blocks.length === 0 ? (
        <Paragraph>{k.blockEmpty}</Paragraph>
      ) : (
        <ul className="utrecht-unordered-list" data-testid="block-list">
          {blocks.map((member) => (
            <li key={member.id} className="utrecht-unordered-list__item">
              <MemberLink id={member.id} name={member.name} />{' '}
              <Button appearance="subtle" onClick={() => void change(member.id, false)}>
                {k.unblock(member.name)}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={find} role="search">
        <TextField
          id="kd-search"
          label={k.blockSearch}
          type="search"
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
        <Button type="submit" appearance="secondary-action">
          {k.searchButton}
        </Button>
      </form>
      {results &&
        (results.length === 0 ? (
          <Paragraph>{k.noResults}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {results
              .filter((m) => !blocked.has(m.id))
              .map((member) => (
                <li key={member.id} className="utrecht-unordered-list__item">
                  <MemberLink id={member.id} name={member.name} />{' '}
                  <Button appearance="subtle" onClick={() => void change(member.id, true)}>
                    {k.block(member.name)}
                  </Button>
                </li>
              ))}
          </ul>
        ))}
    </section>
  );
}
