import { useCallback, useEffect } from 'react';

import { UpdateMyProfileDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import { type Language, useLanguage } from '../i18n';
import { useSession } from '../session';

// The member whose stored language this browser last took over.
const APPLIED_KEY = 'leerhuis.language.member';

function takeOverOnce(memberId: string): boolean {
  try {
    if (localStorage.getItem(APPLIED_KEY) === memberId) return false;
    localStorage.setItem(APPLIED_KEY, memberId);
  } catch {
    // private mode: take it over on every load
  }
  return true;
}

/**
 * The language lives on the member (it is also their emails' language): when a member signs
 * in to a browser, their stored language wins over the browser's, and a signed-in member's
 * switch is saved. Returns the switch for the header.
 */
export function useMemberLanguage(): (next: Language) => void {
  const { setLang } = useLanguage();
  const { viewer, reload } = useSession();
  const memberId = viewer?.member?.id;
  const stored = viewer?.member?.language;
  useEffect(() => {
    if (memberId && (stored === 'nl' || stored === 'en') && takeOverOnce(memberId)) {
      setLang(stored);
    }
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
