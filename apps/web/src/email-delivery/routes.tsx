import { ConfirmEmailPage } from './confirm-email.page';

/** The address confirmation landing page, or null when the path is not it. */
export function emailDeliveryRoute(path: string): React.JSX.Element | null {
  // The confirmation email links here (libs/email-delivery send-email-confirmation.job.ts).
  if (path === '/e-mail-bevestigen') return <ConfirmEmailPage />;
  return null;
}
