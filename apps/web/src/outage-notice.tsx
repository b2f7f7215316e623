import { useEffect, useState } from 'react';

import { type Outage, subscribeToOutage } from './graphql-client';
import { useLanguage } from './i18n';
import { Alert, Paragraph } from './ui';

/**
 * Says in words that Leerhuis is briefly unreachable whenever a request got
 * SERVICE_UNAVAILABLE, above whatever section then shows a generic error; it goes away with
 * the next answer that succeeds. The text is fixed when the outage is reported, so a screen
 * reader hears it once instead of a countdown.
 */
export function OutageNotice() {
  const { t } = useLanguage();
  const [outage, setOutage] = useState<Outage | null>(null);
  useEffect(() => subscribeToOutage(setOutage), []);
  if (!outage) return null;
  return (
    <Alert type="warning">
      <Paragraph>{t.unavailable(outage.retryAfterSeconds)}</Paragraph>
    </Alert>
  );
}
