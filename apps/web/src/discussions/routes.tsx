import { ModerationPage } from './moderation.page';
import { ThreadPage } from './thread.page';

/** The discussions' pages, or null when the path is not one of them. */
export function discussionRoute(path: string): React.JSX.Element | null {
  const thread = /^\/communities\/([^/]+)\/discussions\/([^/]+)$/.exec(path);
  if (thread) {
    const [slug, threadId] = [decodeURIComponent(thread[1]), decodeURIComponent(thread[2])];
    return <ThreadPage key={threadId} slug={slug} threadId={threadId} />;
  }
  const queue = /^\/communities\/([^/]+)\/moderatie$/.exec(path);
  if (queue) {
    const slug = decodeURIComponent(queue[1]);
    return <ModerationPage key={slug} slug={slug} />;
  }
  return null;
}
