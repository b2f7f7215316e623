import { type FormEvent, useState } from 'react';

import { errorText } from '../error-text';
import { RequestSignInLinkDocument } from '../gql/graphql';
import { ApiError, isServiceUnavailable, request } from '../graphql-client';
import { useLanguage } from '../i18n';
import { OutageNotice } from '../outage-notice';
import { Link, useRouter } from '../router';
import { Alert, Button, ErrorSummary, Heading, PageTitle, Paragraph, TextField } from '../ui';
import { useSignInText } from './sign-in-messages';
import { ProviderButtons, ProviderFailure, useSignInProviders } from './sign-in-providers';

type Sent = { email: string; minutes: number };

/** Why the API sent the browser here from an emailed link (sign-in.controller.ts). */
const LINK_FAILURES = { gebruikt: 'used', verlopen: 'expired', ongeldig: 'invalid' } as const;

function linkFailure(search: string): 'used' | 'expired' | 'invalid' | null {
  const reason = new URLSearchParams(search).get('link');
  return reason && reason in LINK_FAILURES
    ? LINK_FAILURES[reason as keyof typeof LINK_FAILURES]
    : null;
}

export function SignInPage() {
  const { t, lang } = useLanguage();
  const failure = linkFailure(useRouter().search);
  const text = useSignInText();
  const providers = useSignInProviders();
  const [email, setEmail] = useState('');
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState<Sent | null>(null);
  const [error, setError] = useState<{
    summary: string;
    email?: string;
    unavailable?: boolean;
  } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    // Only emptiness is checked here; the API decides what a valid address is.
    if (!email.trim()) {
      setError({ summary: t.fixFields, email: t.required });
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const { requestSignInLink } = await request(RequestSignInLinkDocument, {
        input: { email: email.trim(), language: lang },
      });
      setSent({ email: email.trim(), minutes: requestSignInLink.expiresInMinutes });
    } catch (caught) {
      setError(describe(caught));
    } finally {
      setBusy(false);
    }
  }

  function describe(caught: unknown): { summary: string; email?: string; unavailable?: boolean } {
    if (!(caught instanceof ApiError)) return { summary: t.genericError };
    if (caught.code === 'BAD_USER_INPUT' && caught.fieldError('email')) {
      return { summary: t.fixFields, email: t.emailInvalid };
    }
    if (isServiceUnavailable(caught)) return { summary: errorText(caught, t), unavailable: true };
    if (caught.code === 'RATE_LIMITED') {
      const seconds = Number(caught.extensions.retryAfterSeconds ?? 3600);
      return { summary: t.rateLimited(Math.max(1, Math.ceil(seconds / 60))) };
    }
    return { summary: t.genericError };
  }

  if (sent) {
    return (
      <>
        <PageTitle>{t.checkMailTitle}</PageTitle>
        <Paragraph lead>{t.checkMailText(sent.email, sent.minutes)}</Paragraph>
        <Paragraph>
          <Button appearance="secondary-action" onClick={() => setSent(null)}>
            {t.otherAddress}
          </Button>
        </Paragraph>
      </>
    );
  }

  return (
    <>
      <PageTitle>{t.signInTitle}</PageTitle>
      {failure && !error && (
        <Alert type="warning" labelledBy="link-failed-title">
          <Heading level={2} id="link-failed-title">
            {t.linkFailedTitle}
          </Heading>
          <Paragraph>{t.linkFailed[failure]}</Paragraph>
          <Paragraph>{t.linkFailedNext}</Paragraph>
        </Alert>
      )}
      {/* A member sent here while Leerhuis is unreachable learns why, unless the summary says it. */}
      {!error?.unavailable && <OutageNotice />}
      {error ? (
        <ErrorSummary
          title={t.errorSummaryTitle}
          message={error.summary}
          items={
            error.email ? [{ target: 'email', message: `${t.emailLabel}: ${error.email}` }] : []
          }
        />
      ) : (
        <ProviderFailure providers={providers} />
      )}
      {providers.length > 0 && (
        <>
          <ProviderButtons providers={providers} />
          <Heading level={2}>{text.emailTitle}</Heading>
        </>
      )}
      <Paragraph lead>{t.signInIntro}</Paragraph>
      <form onSubmit={submit} noValidate className="form">
        <TextField
          id="email"
          label={t.emailLabel}
          description={t.emailDescription}
          error={error?.email}
          type="email"
          name="email"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
        />
        <Button type="submit" disabled={busy} aria-busy={busy || undefined}>
          {t.sendLink}
        </Button>
      </form>
      <Paragraph>
        <Link href="/privacy">{t.signInPrivacy}</Link>
      </Paragraph>
    </>
  );
}
