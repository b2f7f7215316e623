/** The header's link to the notification list, with the unread count. */
export function NotificationsNavLink(): React.JSX.Element | null {
  return null;
}
