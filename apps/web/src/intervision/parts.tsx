import { type ReactNode, useState } from 'react';

import { runAction } from '../action';
import { rememberReturnPath } from '../return-path';
import { Navigate } from '../router';
import { useSession } from '../session';
import { Alert, Paragraph } from '../ui';
import { reasonText, useIntervisionText } from './messages';

export type Notice = { type: 'ok' | 'error'; text: string };

/** Signed-in members only; others go to sign in and come back here. */
export function MembersOnly({ path, children }: { path: string; children: ReactNode }) {
  const { viewer } = useSession();
  const { v } = useIntervisionText();
  if (viewer === undefined) return <Paragraph>{v.loading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(path);
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;
  return <>{children}</>;
}

/** Runs an action, then reloads; shows the outcome as a status or an error. */
export function useAction(reload: () => Promise<void>) {
  const { v } = useIntervisionText();
  const [notice, setNotice] = useState<Notice | null>(null);
  const [busy, setBusy] = useState(false);
  async function act(run: () => Promise<unknown>, success: string): Promise<boolean> {
    setBusy(true);
    try {
      return await runAction(run, success, {
        setNotice,
        errorText: (caught) => reasonText(caught, v),
        reload,
        reloadOnError: false,
      });
    } finally {
      setBusy(false);
    }
  }
  const box = notice ? (
    <Alert type={notice.type}>
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  ) : null;
  return { act, busy, box };
}

/** Multi-line text as paragraphs, never as HTML. */
export function PlainText({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n{2,}/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} className="nl-paragraph intervision-text">
            {p}
          </p>
        ))}
    </>
  );
}
