import type { ReactNode } from 'react';

import { useLanguage } from './i18n';
import { rememberReturnPath } from './return-path';
import { Navigate } from './router';
import { useSession } from './session';
import { Paragraph } from './ui';

/** Renders `children` for members (or admins only); others sign in first or see a refusal. */
export function MemberOnly({
  path,
  admin,
  refusal,
  children,
}: {
  path: string;
  admin?: boolean;
  refusal?: string;
  children: () => ReactNode;
}) {
  const { t } = useLanguage();
  const { viewer } = useSession();
  if (viewer === undefined) return <Paragraph>{t.loading}</Paragraph>;
  if (viewer === null) {
    rememberReturnPath(path);
    return <Navigate to="/inloggen" />;
  }
  if (viewer.needsProfile) return <Navigate to="/profiel/aanvullen" />;
  if (admin && viewer.member?.platformRole !== 'ADMIN') return <Paragraph>{refusal}</Paragraph>;
  return <>{children()}</>;
}
