/** The notification pages (list, settings), or null when the path is not one of them. */
export function notificationRoute(_path: string): React.JSX.Element | null {
  return null;
}
