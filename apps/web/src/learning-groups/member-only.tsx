import type { ReactNode } from 'react';

import { useLanguage } from '../i18n';
import { rememberReturnPath } from '../return-path';
import { Navigate } from '../router';
import { useSession } from '../session';
import { Paragraph } from '../ui';

/** Renders `children` for members; sends others to sign in (and back here) or to their profile. */
export function MemberOnly({ path, children }: { path: string; children: () => ReactNode }) {
  const { t } = useLanguage();
  const { viewer } = useSession();
  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(path);
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;
  return <>{children()}</>;
}
