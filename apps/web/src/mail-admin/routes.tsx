/** The admin's email pages, or null when the path is not one of them. */
export function mailAdminRoute(_path: string): React.JSX.Element | null {
  return null;
}
