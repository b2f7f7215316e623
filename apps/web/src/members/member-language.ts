import { useCallback, useEffect } from 'react';

import { UpdateMyProfileDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { type Language, useLanguage } from '../i18n';
import { useSession } from '../session';

/**
 * The language lives on the member (it is also their emails' language): on sign-in the
 * stored one wins over this browser's, and a signed-in member's switch is saved.
 * Returns the switch for the header.
 */
export function useMemberLanguage(): (next: Language) => void {
  const { setLang } = useLanguage();
  const { viewer, reload } = useSession();
  const memberId = viewer?.member?.id;
  const stored = viewer?.member?.language;
  useEffect(() => {
    if (stored === 'nl' || stored === 'en') setLang(stored);
  }, [memberId, stored, setLang]);
  return useCallback(
    (next: Language) => {
      setLang(next);
      if (!memberId) return;
      // The switch works at once; saving it is best effort (the next switch saves again).
      request(UpdateMyProfileDocument, { input: { language: next } })
        .then(() => reload())
        .catch(() => undefined);
    },
    [memberId, reload, setLang],
  );
}
