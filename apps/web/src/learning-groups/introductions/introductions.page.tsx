import { type FormEvent, useState } from 'react';

import { useAction } from '../../action';
import { useApiQuery } from '../../api-query';
import {
  AnswerPeerIntroductionDocument,
  type PeerIntroductionItemFragment,
  PeerIntroductionsDocument,
  PickPeerForIntroductionDocument,
  RequestPeerIntroductionDocument,
} from '../../gql/graphql';
import { ApiError, request } from '../../graphql-client';
import { MemberOnly } from '../../member-only';
import { MemberLink, MemberSentence } from '../../members/member-link';
import { Link } from '../../router';
import { Alert, Button, Heading, PageTitle, Paragraph, SelectField } from '../../ui';
import { useIntroductionText } from './messages';

type Introduction = PeerIntroductionItemFragment;

/** /kennismaken (and /kennismaken/<id> from the email): ask, pick, accept or decline. */
export function PeerIntroductionsPage({ focusId }: { focusId?: string }) {
  return (
    <MemberOnly path={focusId ? `/kennismaken/${focusId}` : '/kennismaken'}>
      {() => <Introductions focusId={focusId} />}
    </MemberOnly>
  );
}

/** A refusal's text: the reason's own message, else the API's, else the generic one. */
function refusalText(
  e: unknown,
  m: ReturnType<typeof useIntroductionText>['m'],
  genericError: string,
): string {
  const reason =
    e instanceof ApiError && typeof e.extensions.reason === 'string' ? e.extensions.reason : '';
  return m.errors[reason] ?? (e instanceof ApiError ? e.message : genericError);
}

function Introductions({ focusId }: { focusId?: string }) {
  const { m, t } = useIntroductionText();
  const { data, failed } = useApiQuery(PeerIntroductionsDocument);
  const [programmeId, setProgrammeId] = useState('');
  // Only refusals are shown (a change that went through speaks for itself).
  const { notice, run } = useAction({
    errorText: (e) => refusalText(e, m, t.genericError),
    refresh: [PeerIntroductionsDocument],
    reloadOnError: false,
  });
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  const chosen = programmeId || data.myProgrammes[0]?.id || '';
  const ask = (event: FormEvent) => {
    event.preventDefault();
    void run(() =>
      request(RequestPeerIntroductionDocument, { input: { programmeId: chosen || null } }),
    );
  };
  const list = focusId
    ? [...data.myPeerIntroductions].sort((a) => (a.id === focusId ? -1 : 0))
    : data.myPeerIntroductions;
  return (
    <>
      <PageTitle>{m.title}</PageTitle>
      <Paragraph lead>{m.intro}</Paragraph>
      <section aria-labelledby="intro-ask">
        <Heading level={2} id="intro-ask">
          {m.askTitle}
        </Heading>
        {notice && <Alert type="error">{notice.text}</Alert>}
        {data.myProgrammes.length === 0 ? (
          <Paragraph>{m.noProgrammes}</Paragraph>
        ) : (
          <form onSubmit={ask}>
            <SelectField
              id="intro-programme"
              label={m.programme}
              value={chosen}
              onChange={(e) => setProgrammeId(e.target.value)}
            >
              {data.myProgrammes.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </SelectField>
            <Button type="submit">{m.ask}</Button>
          </form>
        )}
      </section>
      <section aria-labelledby="intro-list">
        <Heading level={2} id="intro-list">
          {m.listTitle}
        </Heading>
        {list.length === 0 ? (
          <Paragraph>{m.none}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {list.map((intro) => (
              <li key={intro.id} className="utrecht-unordered-list__item">
                <IntroductionItem intro={intro} />
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

function IntroductionItem({ intro }: { intro: Introduction }) {
  const { m, t } = useIntroductionText();
  const { notice, run } = useAction({
    errorText: (e) => refusalText(e, m, t.genericError),
    refresh: [PeerIntroductionsDocument],
    reloadOnError: false,
  });
  const id = `intro-${intro.id}`;
  return (
    <article aria-labelledby={`${id}-title`} data-testid={id}>
      <Heading level={3} id={`${id}-title`}>
        {intro.viewerIsRequester ? (
          m.status[intro.status]
        ) : (
          <MemberSentence sentence={m.askedBy} member={intro.requester} />
        )}
      </Heading>
      {notice && <Alert type="error">{notice.text}</Alert>}
      {intro.viewerIsRequester && intro.status === 'PROPOSED' && (
        <>
          {intro.proposals.length === 0 && <Paragraph>{m.noProposals}</Paragraph>}
          <ol className="utrecht-ordered-list">
            {intro.proposals.map((p) => (
              <li key={p.rank} className="utrecht-ordered-list__item">
                <strong>{p.peer ? <MemberLink id={p.peer.id} name={p.peer.name} /> : '?'}</strong>:{' '}
                {p.reasons
                  .map((r) =>
                    r.themes.length
                      ? `${m.reasons[r.code]} (${r.themes.join(', ')})`
                      : m.reasons[r.code],
                  )
                  .join(', ')}{' '}
                {p.peer && (
                  <Button
                    appearance="secondary-action"
                    onClick={() =>
                      void run(() =>
                        request(PickPeerForIntroductionDocument, {
                          input: { introductionId: intro.id, peerId: p.peer!.id },
                        }),
                      )
                    }
                  >
                    {m.pick(p.peer.name)}
                  </Button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {intro.viewerIsRequester && intro.status === 'PICKED' && (
        <Paragraph>
          <MemberSentence sentence={m.picked} member={intro.peer} />
        </Paragraph>
      )}
      {!intro.viewerIsRequester && intro.status === 'PICKED' && (
        <p className="utrecht-button-group">
          <Button
            onClick={() =>
              void run(() =>
                request(AnswerPeerIntroductionDocument, {
                  input: { introductionId: intro.id, accept: true },
                }),
              )
            }
          >
            {m.accept}
          </Button>{' '}
          <Button
            appearance="secondary-action"
            onClick={() =>
              void run(() =>
                request(AnswerPeerIntroductionDocument, {
                  input: { introductionId: intro.id, accept: false },
                }),
              )
            }
          >
            {m.decline}
          </Button>
        </p>
      )}
      {!intro.viewerIsRequester && intro.status !== 'PICKED' && (
        <Paragraph>{m.status[intro.status]}</Paragraph>
      )}
    </article>
  );
}

/** A link to the introductions page, for the leergroepen overview. */
export function PeerIntroductionsLink() {
  const { m } = useIntroductionText();
  return (
    <Paragraph>
      <Link href="/kennismaken">{m.title}</Link>
    </Paragraph>
  );
}
