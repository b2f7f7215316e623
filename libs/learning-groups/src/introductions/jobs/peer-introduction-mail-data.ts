/** Who the two introduction emails are about. */
export interface PeerIntroductionMailData {
  introductionId: string;
  requesterId: string;
  peerId: string;
}
