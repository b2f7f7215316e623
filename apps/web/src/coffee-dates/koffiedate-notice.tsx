import { createContext, type ReactNode, useContext, useState } from 'react';

type Notice = { type: 'ok' | 'error'; text: string } | null;

type OwnedNotice = (NonNullable<Notice> & { owner: string }) | null;

// One message on the page at a time, shown in the section whose action it answers: after
// "pause", the earlier "you are signed up" disappears.
const NoticeContext = createContext<{
  current: OwnedNotice;
  set(notice: OwnedNotice): void;
}>({
  current: null,
  set: () => undefined,
});

export function NoticeProvider({ children }: { children: ReactNode }) {
  const [current, set] = useState<OwnedNotice>(null);
  return <NoticeContext.Provider value={{ current, set }}>{children}</NoticeContext.Provider>;
}

export function useNotice(owner: string): [Notice, (notice: Notice) => void] {
  const { current, set } = useContext(NoticeContext);
  return [
    current?.owner === owner ? { type: current.type, text: current.text } : null,
    (notice) => set(notice ? { ...notice, owner } : null),
  ];
}
