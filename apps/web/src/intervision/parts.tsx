import type { ReactNode } from 'react';

import { useAction } from '../action';
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

/**
 * The shared useAction with intervision's refusal texts; reloads after a change that went
 * through. `box` shows the outcome as a status or an error.
 */
export function useIntervisionAction(reload?: () => Promise<void>) {
  const { v } = useIntervisionText();
  const action = useAction<Notice>({
    errorText: (caught) => reasonText(caught, v),
    reload,
    reloadOnError: false,
  });
  const { notice } = action;
  const box = notice ? (
    <Alert type={notice.type}>
      <Paragraph>{notice.text}</Paragraph>
    </Alert>
  ) : null;
  return { run: action.run, busy: action.busy, box };
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
