import { createContext, useContext } from 'react';

import type { Run } from '../action';
import type { CommunityQuery } from '../gql/graphql';

export type Community = CommunityQuery['community'];

/**
 * A change on the CoP page: runs it, says how it went, and shows the CoP as it is now
 * (`{ focus: true }` moves focus to the message: for a change that removes the control used).
 */
export type Act = Run;

/** What every section of one CoP gets from the layout around it (community.layout.tsx). */
export interface CommunityView {
  community: Community;
  act: Act;
  /** Active member; coordinator; may manage (coordinator or platform admin); may invite. */
  isMember: boolean;
  isCoordinator: boolean;
  canManage: boolean;
  canInvite: boolean;
}

export const CommunityContext = createContext<CommunityView | null>(null);

export function useCommunityView(): CommunityView {
  const view = useContext(CommunityContext);
  if (!view) throw new Error('a CoP section renders inside the CoP layout');
  return view;
}
