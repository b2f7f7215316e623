import { useId, useState } from 'react';

import { type ActionNotice, runAction } from '../action';
import { useApiQuery } from '../api-query';
import { errorText } from '../error-text';
import { formatInstant } from '../format-time';
import {
  MyErasureBlockersDocument,
  RequestAccountErasureDocument,
  RequestDataExportDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { Link } from '../router';
import { Alert, Button, Choice, Heading, PageTitle, Paragraph } from '../ui';
import { useDataRightsText } from './messages';

interface Blocker {
  kind: string;
  name: string;
}

/** /profiel/gegevens: download my data, delete my account. */
export function MyDataPage() {
  return <MemberOnly path="/profiel/gegevens">{() => <MyData />}</MemberOnly>;
}

function MyData() {
  const { d, t, lang } = useDataRightsText();
  const blockers = useApiQuery(MyErasureBlockersDocument);
  const [exportNotice, setExportNotice] = useState<ActionNotice | null>(null);
  const [eraseNotice, setEraseNotice] = useState<ActionNotice | null>(null);
  const [refused, setRefused] = useState<Blocker[] | null>(null);
  const [deleteOwnPosts, setDeleteOwnPosts] = useState(false);
  const [busy, setBusy] = useState<'export' | 'erase' | null>(null);
  const ids = { export: useId(), erase: useId(), posts: useId() };
  const until = (iso: string) => formatInstant(iso, lang, 'moment');

  async function requestExport() {
    setBusy('export');
    await runAction(
      async () => {
        const { requestDataExport } = await request(RequestDataExportDocument);
        return { type: 'ok', text: d.exportSent(until(requestDataExport.expiresAt)) };
      },
      undefined,
      { setNotice: setExportNotice, errorText: (e) => errorText(e, t), reloadOnError: false },
    );
    setBusy(null);
  }

  async function requestErasure() {
    setBusy('erase');
    setRefused(null);
    await runAction(
      async () => {
        const { requestAccountErasure } = await request(RequestAccountErasureDocument, {
          input: { deleteOwnPosts },
        });
        return { type: 'ok', text: d.eraseSent(until(requestAccountErasure.expiresAt)) };
      },
      undefined,
      {
        setNotice: setEraseNotice,
        errorText: (e) => {
          if (e instanceof ApiError && e.extensions.reason === 'HAND_OVER_FIRST') {
            setRefused((e.extensions.blockers as Blocker[] | undefined) ?? []);
            return d.handOverTitle;
          }
          return errorText(e, t);
        },
      },
    );
    setBusy(null);
  }

  const shown = refused ?? blockers.data?.myErasureBlockers ?? [];
  return (
    <>
      <PageTitle>{d.title}</PageTitle>
      <Paragraph lead>{d.intro}</Paragraph>
      <Paragraph>
        <Link href="/privacy">{d.privacyLink}</Link>
      </Paragraph>

      <section aria-labelledby={ids.export}>
        <Heading level={2} id={ids.export}>
          {d.exportTitle}
        </Heading>
        <Paragraph>{d.exportText}</Paragraph>
        {exportNotice && (
          <Alert type={exportNotice.type === 'ok' ? 'ok' : 'error'}>
            <Paragraph>{exportNotice.text}</Paragraph>
          </Alert>
        )}
        <Button onClick={requestExport} disabled={busy !== null}>
          {d.exportButton}
        </Button>
      </section>

      <section aria-labelledby={ids.erase}>
        <Heading level={2} id={ids.erase}>
          {d.eraseTitle}
        </Heading>
        <Paragraph>{d.eraseText}</Paragraph>
        <Paragraph>{d.eraseKeeps}</Paragraph>
        {shown.length > 0 && (
          <Alert type={refused ? 'error' : 'warning'}>
            <Paragraph>
              <strong>{d.handOverTitle}</strong>
            </Paragraph>
            <Paragraph>{d.handOver}</Paragraph>
            <ul className="utrecht-unordered-list">
              {shown.map((b) => (
                <li key={`${b.kind}:${b.name}`} className="utrecht-unordered-list__item">
                  {b.name} ({d.kinds[b.kind] ?? b.kind})
                </li>
              ))}
            </ul>
          </Alert>
        )}
        {eraseNotice && !refused && (
          <Alert type={eraseNotice.type === 'ok' ? 'ok' : 'error'}>
            <Paragraph>{eraseNotice.text}</Paragraph>
          </Alert>
        )}
        <Choice
          type="checkbox"
          id={ids.posts}
          name="deleteOwnPosts"
          value="yes"
          label={d.eraseOwnPosts}
          checked={deleteOwnPosts}
          onChange={setDeleteOwnPosts}
        />
        <Button appearance="secondary-action" onClick={requestErasure} disabled={busy !== null}>
          {d.eraseButton}
        </Button>
      </section>
    </>
  );
}
