import { IntervisionCasePage } from './case.page';
import { IntervisionGroupPage } from './group.page';
import { IntervisionGroupsPage } from './groups.page';

/** The intervisie pages, or null when the path is not one of them. */
export function intervisionRoute(path: string): React.JSX.Element | null {
  if (path === '/intervisie') return <IntervisionGroupsPage />;
  const group = /^\/intervisie\/groepen\/([^/]+)$/.exec(path);
  if (group) {
    const id = decodeURIComponent(group[1]);
    return <IntervisionGroupPage key={id} groupId={id} />;
  }
  // Emails link to /intervisie/casussen/<id> (libs/intervision jobs/intervision-email.ts).
  const kase = /^\/intervisie\/casussen\/([^/]+)$/.exec(path);
  if (kase) {
    const id = decodeURIComponent(kase[1]);
    return <IntervisionCasePage key={id} caseId={id} />;
  }
  return null;
}
