import './coffee-dates.css';

import {
  createContext,
  type FormEvent,
  Fragment,
  type ReactNode,
  useContext,
  useEffect,
  useRef,
  useState,
} from 'react';

import { useApiQuery } from '../api-query';
import { formatInstant } from '../format-time';
import {
  BlockCoffeeDateMemberDocument,
  CoffeeDateMemberSearchDocument,
  type CoffeeDateNextStep,
  type CoffeeDateStatusPartsFragment,
  MyCoffeeDateDocument,
  type MyCoffeeDateQuery,
  OptInToCoffeeDatesDocument,
  OptOutOfCoffeeDatesDocument,
  PauseCoffeeDatesDocument,
  RecordCoffeeDateFeedbackDocument,
  ResumeCoffeeDatesDocument,
  UnblockCoffeeDateMemberDocument,
} from '../gql/graphql';
import { ApiError, request } from '../graphql-client';
import { MemberOnly } from '../member-only';
import { MemberLink } from '../members/member-link';
import { Link, useSearchParam } from '../router';
import { useSession } from '../session';
import {
  Alert,
  Button,
  Choice,
  Fieldset,
  Heading,
  PageTitle,
  Paragraph,
  SelectField,
  TextField,
} from '../ui';
import { formatDay, periodName, useCoffeeDateText } from './messages';

type Notice = { type: 'ok' | 'error'; text: string } | null;
type OwnedNotice = (NonNullable<Notice> & { owner: string }) | null;

// One message on the page at a time, shown in the section whose action it answers: after
// "pause", the earlier "you are signed up" disappears.
const NoticeContext = createContext<{ current: OwnedNotice; set(notice: OwnedNotice): void }>({
  current: null,
  set: () => undefined,
});

function NoticeProvider({ children }: { children: ReactNode }) {
  const [current, set] = useState<OwnedNotice>(null);
  return <NoticeContext.Provider value={{ current, set }}>{children}</NoticeContext.Provider>;
}

function useNotice(owner: string): [Notice, (notice: Notice) => void] {
  const { current, set } = useContext(NoticeContext);
  return [
    current?.owner === owner ? { type: current.type, text: current.text } : null,
    (notice) => set(notice ? { ...notice, owner } : null),
  ];
}
type Match = MyCoffeeDateQuery['myCoffeeDateMatches'][number];

export function KoffiedatePage() {
  return <MemberOnly path="/koffiedate">{() => <Koffiedate />}</MemberOnly>;
}

function Koffiedate() {
  const { k, t } = useCoffeeDateText();
  const { viewer } = useSession();
  const { data, failed, reload } = useApiQuery(MyCoffeeDateDocument);
  if (failed) return <Paragraph>{t.genericError}</Paragraph>;
  if (!data) return <Paragraph>{t.loading}</Paragraph>;
  return (
    <NoticeProvider>
      <PageTitle>{k.title}</PageTitle>
      <Paragraph lead>{k.intro}</Paragraph>
      {data.myBoundarySpannerProfile ? (
        <Paragraph>
          {k.profileDone} <Link href="/grenswerkers">{k.profileDoneLink}</Link>
        </Paragraph>
      ) : (
        <Paragraph>
          {k.profileHint} <Link href="/grenswerkers/vragenlijst">{k.profileLink}</Link>
        </Paragraph>
      )}
      <Participation status={data.myCoffeeDate} onChange={reload} />
      <Pause status={data.myCoffeeDate} onChange={reload} />
      <BlockList blocks={data.myCoffeeDateBlocks} onChange={reload} />
      <Matches matches={data.myCoffeeDateMatches} onChange={reload} />
      {viewer?.member?.platformRole === 'ADMIN' && (
        <Paragraph>
          <Link href="/koffiedate/beheer">{k.adminLink}</Link>
        </Paragraph>
      )}
    </NoticeProvider>
  );
}

function StatusLine({ status }: { status: CoffeeDateStatusPartsFragment }) {
  const { k, lang } = useCoffeeDateText();
  const lines: string[] = [];
  if (status.unsubscribed) lines.push(k.statusUnsubscribed);
  else if (status.paused && status.pausedUntil)
    lines.push(k.statusPaused(formatDay(status.pausedUntil, lang)));
  else {
    if (status.joinedOpenRound && status.openRound) {
      lines.push(
        k.statusJoined(
          periodName(status.openRound.period, lang),
          formatDay(status.openRound.signupDeadline, lang),
        ),
      );
    } else if (status.nextRound) lines.push(k.statusNext);
    if (status.everyMonth) lines.push(k.statusEveryMonth);
    if (lines.length === 0) lines.push(k.statusNone);
  }
  return (
    <p className="nl-paragraph" data-testid="coffee-date-status">
      {lines.join(' ')}
    </p>
  );
}

function Participation({
  status,
  onChange,
}: {
  status: CoffeeDateStatusPartsFragment;
  onChange: () => Promise<void>;
}) {
  const { k, t } = useCoffeeDateText();
  const [everyMonth, setEveryMonth] = useState(status.everyMonth);
  const [notice, setNotice] = useNotice('participation');
  const inAlready = status.joinedOpenRound || status.nextRound || status.everyMonth;

  async function optIn(event: FormEvent) {
    event.preventDefault();
    try {
      await request(OptInToCoffeeDatesDocument, { input: { everyMonth } });
      setNotice({ type: 'ok', text: k.optedIn });
      await onChange();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  async function optOut() {
    try {
      await request(OptOutOfCoffeeDatesDocument);
      setNotice({ type: 'ok', text: k.optedOut });
      await onChange();
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
  }

  return (
    <section aria-labelledby="kd-take-part">
      <Heading level={2} id="kd-take-part">
        {k.takePart}
      </Heading>
      <StatusLine status={status} />
      <p className="nl-paragraph" data-testid="coffee-date-repeat-rule">
        {k.repeatRule(status.repeatWindowMonths)}
      </p>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {/* In already: only signing off applies; out: only signing up. */}
      {inAlready ? (
        <div className="kd-actions">
          <Button appearance="secondary-action" onClick={() => void optOut()}>
            {k.optOut}
          </Button>
        </div>
      ) : (
        <form onSubmit={(event) => void optIn(event)}>
          <Fieldset id="kd-how" legend={k.howLegend}>
            <Choice
              type="radio"
              id="kd-once"
              name="kd-how"
              value="once"
              label={k.once}
              checked={!everyMonth}
              onChange={() => setEveryMonth(false)}
            />
            <Choice
              type="radio"
              id="kd-every-month"
              name="kd-how"
              value="every-month"
              label={k.everyMonth}
              checked={everyMonth}
              onChange={() => setEveryMonth(true)}
            />
          </Fieldset>
          <Paragraph id="kd-consent">{k.consent}</Paragraph>
          <div className="kd-actions">
            <Button type="submit" aria-describedby="kd-consent">
              {k.optIn}
            </Button>
          </div>
        </form>
      )}
    </section>
  );
}

function Pause({
  status,
  onChange,
}: {
  status: CoffeeDateStatusPartsFragment;
  onChange: () => Promise<void>;
}) {
  const { k, t } = useCoffeeDateText();
  const [months, setMonths] = useState(1);
  const [notice, setNotice] = useNotice('pause');

  async function pause(event: FormEvent) {
    event.preventDefault();
    try {
      await request(PauseCoffeeDatesDocument, { input: { months } });
      setNotice({ type: 'ok', text: k.paused });
      await onChange();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  async function resume() {
    try {
      await request(ResumeCoffeeDatesDocument);
      setNotice({ type: 'ok', text: k.resumed });
      await onChange();
    } catch {
      setNotice({ type: 'error', text: t.genericError });
    }
  }

  return (
    <section aria-labelledby="kd-pause">
      <Heading level={2} id="kd-pause">
        {k.pauseTitle}
      </Heading>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      {status.paused ? (
        <Button onClick={() => void resume()}>{k.resume}</Button>
      ) : (
        <form onSubmit={(event) => void pause(event)}>
          <SelectField
            id="kd-months"
            label={k.pauseLabel}
            value={months}
            onChange={(event) => setMonths(Number(event.target.value))}
          >
            {[1, 2, 3, 4, 5, 6].map((n) => (
              <option key={n} value={n}>
                {k.month(n)}
              </option>
            ))}
          </SelectField>
          <Button type="submit" appearance="secondary-action">
            {k.pause}
          </Button>
        </form>
      )}
    </section>
  );
}

function BlockList({
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

function Matches({ matches, onChange }: { matches: Match[]; onChange: () => Promise<void> }) {
  const { k, lang } = useCoffeeDateText();
  return (
    <section aria-labelledby="kd-matches">
      <Heading level={2} id="kd-matches">
        {k.matchesTitle}
      </Heading>
      {matches.length === 0 ? (
        <Paragraph>{k.matchesEmpty}</Paragraph>
      ) : (
        matches.map((match) => (
          <article key={match.id} className="kd-match" aria-labelledby={`kd-match-${match.id}`}>
            <Heading level={3} id={`kd-match-${match.id}`}>
              {match.roundPeriod
                ? periodName(match.roundPeriod, lang)
                : formatDay(match.slotStartsAt, lang)}
            </Heading>
            <Paragraph>
              {k.with('')}
              {match.partners.map((p, index) => (
                <Fragment key={p.id}>
                  {index > 0 && ', '}
                  <MemberLink id={p.id} name={p.name} />
                  {p.organisation && ` (${p.organisation.name})`}
                </Fragment>
              ))}
              . {k.slot(formatInstant(match.slotStartsAt, lang, 'moment'))}
            </Paragraph>
            {match.response === 'DECLINED' ? (
              <Paragraph>{k.declined}</Paragraph>
            ) : match.dissolved ? (
              <Paragraph>{k.dissolved}</Paragraph>
            ) : (
              <FeedbackForm match={match} onChange={onChange} />
            )}
          </article>
        ))
      )}
    </section>
  );
}

function FeedbackForm({ match, onChange }: { match: Match; onChange: () => Promise<void> }) {
  const { k, t } = useCoffeeDateText();
  const [met, setMet] = useState(match.met ?? true);
  const [rating, setRating] = useState(match.rating ?? 4);
  const [nextStep, setNextStep] = useState<CoffeeDateNextStep | ''>(match.nextStep ?? '');
  const [notice, setNotice] = useNotice(`feedback-${match.id}`);
  const id = `kd-feedback-${match.id}`;

  async function send(event: FormEvent) {
    event.preventDefault();
    try {
      await request(RecordCoffeeDateFeedbackDocument, {
        input: {
          matchId: match.id,
          met,
          rating: met ? rating : null,
          nextStep: met && nextStep ? nextStep : null,
        },
      });
      setNotice({ type: 'ok', text: k.feedbackSaved });
      await onChange();
    } catch (error) {
      setNotice({
        type: 'error',
        text: error instanceof ApiError ? error.message : t.genericError,
      });
    }
  }

  return (
    <form onSubmit={(event) => void send(event)}>
      {notice && (
        <Alert type={notice.type}>
          <Paragraph>{notice.text}</Paragraph>
        </Alert>
      )}
      <Fieldset id={`${id}-met`} legend={k.feedbackLegend}>
        <Choice
          type="radio"
          id={`${id}-yes`}
          name={`${id}-met`}
          value="yes"
          label={k.yes}
          checked={met}
          onChange={() => setMet(true)}
        />
        <Choice
          type="radio"
          id={`${id}-no`}
          name={`${id}-met`}
          value="no"
          label={k.no}
          checked={!met}
          onChange={() => setMet(false)}
        />
      </Fieldset>
      {met && (
        <>
          <SelectField
            id={`${id}-rating`}
            label={k.rating}
            value={rating}
            onChange={(event) => setRating(Number(event.target.value))}
          >
            {[1, 2, 3, 4, 5].map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={`${id}-next`}
            label={k.nextStep}
            value={nextStep}
            onChange={(event) => setNextStep(event.target.value as CoffeeDateNextStep | '')}
          >
            <option value="">{k.noNextStep}</option>
            {(Object.keys(k.nextSteps) as CoffeeDateNextStep[]).map((step) => (
              <option key={step} value={step}>
                {k.nextSteps[step]}
              </option>
            ))}
          </SelectField>
        </>
      )}
      <Button type="submit" appearance="secondary-action">
        {k.sendFeedback}
      </Button>
    </form>
  );
}
