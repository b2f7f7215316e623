import { type FormEvent, useEffect, useState } from 'react';

import { useRouter } from '../router';
import { useSearchText } from './messages';

export const searchHref = (query: string) => `/zoeken?q=${encodeURIComponent(query.trim())}`;

/** The one search box in the header; the results page is /zoeken?q=…. */
export function HeaderSearch() {
  const { s } = useSearchText();
  const { path, search, navigate } = useRouter();
  const current = path === '/zoeken' ? (new URLSearchParams(search).get('q') ?? '') : '';
  const [query, setQuery] = useState(current);
  // Back/forward between searches shows the query of the page you are on.
  useEffect(() => setQuery(current), [current]);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (query.trim()) navigate(searchHref(query));
  }

  return (
    <form role="search" aria-label={s.boxLabel} className="site-search" onSubmit={submit}>
      <label htmlFor="site-search" className="visually-hidden">
        {s.boxLabel}
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        className="utrecht-textbox utrecht-textbox--html-input site-search__input"
        placeholder={s.boxPlaceholder}
        maxLength={200}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      <button type="submit" className="utrecht-button utrecht-button--secondary-action">
        {s.submit}
      </button>
    </form>
  );
}
