import { useEffect, useState } from 'react';

import { OrganisationsDocument, type OrganisationsQuery } from '../gql/graphql';
import { request } from '../graphql-client';
import { useLanguage } from '../i18n';
import { Button, Choice, Fieldset, textboxClass } from '../ui';

type Organisation = OrganisationsQuery['organisations']['nodes'][number];
export type ChosenOrganisation = { id: string; name: string };

/**
 * Pick an organisation from the tree: search by name or abbreviation, or browse from the
 * top (ministries, agencies, …) down to directorates. Radio buttons keep it keyboard-friendly.
 */
export function OrganisationPicker({
  value,
  onChange,
  error,
}: {
  value: ChosenOrganisation | null;
  onChange(value: ChosenOrganisation): void;
  error?: string;
}) {
  const { t } = useLanguage();
  const [search, setSearch] = useState('');
  const [trail, setTrail] = useState<ChosenOrganisation[]>([]);
  const [result, setResult] = useState<{ nodes: Organisation[]; total: number } | null>(null);
  const parent = trail.at(-1);

  useEffect(() => {
    let current = true;
    const term = search.trim();
    const timer = setTimeout(
      () => {
        request(OrganisationsDocument, {
          first: 30,
          ...(term ? { search: term } : parent ? { parentId: parent.id } : { rootsOnly: true }),
        })
          .then(({ organisations }) => {
            if (current) setResult({ nodes: organisations.nodes, total: organisations.totalCount });
          })
          .catch(() => current && setResult({ nodes: [], total: 0 }));
      },
      term ? 250 : 0,
    );
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [search, parent]);

  const label = (o: { name: string; abbreviation?: string | null }) =>
    o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name;

  return (
    <Fieldset
      id="organisationId"
      legend={t.organisationLegend}
      description={t.organisationDescription}
      error={error}
    >
      <div className="utrecht-form-field utrecht-form-field--text">
        <div className="utrecht-form-field__label">
          <label className="utrecht-form-label" htmlFor="organisation-search">
            {t.organisationSearch}
          </label>
        </div>
        <div className="utrecht-form-field__input">
          <input
            id="organisation-search"
            type="search"
            autoComplete="off"
            className={textboxClass(false)}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
          />
        </div>
      </div>
      {!search.trim() && trail.length > 0 && (
        <nav aria-label={t.organisationLegend} className="picker-trail">
          <Button appearance="subtle" onClick={() => setTrail([])}>
            {t.allOrganisations}
          </Button>
          {trail.map((step, index) => (
            <span key={step.id}>
              {' › '}
              <Button appearance="subtle" onClick={() => setTrail(trail.slice(0, index + 1))}>
                {step.name}
              </Button>
            </span>
          ))}
        </nav>
      )}
      <p className="nl-paragraph picker-count" role="status">
        {result
          ? result.total === 0
            ? t.organisationNone
            : t.resultsCount(result.total)
          : t.loading}
      </p>
      <ul className="picker-list">
        {result?.nodes.map((organisation) => (
          <li key={organisation.id}>
            <Choice
              type="radio"
              id={`organisation-${organisation.id}`}
              name="organisationId"
              value={organisation.id}
              checked={value?.id === organisation.id}
              onChange={() => onChange({ id: organisation.id, name: label(organisation) })}
              label={
                <>
                  {label(organisation)}
                  {search.trim() && organisation.parent && (
                    <span className="picker-parent"> — {organisation.parent.name}</span>
                  )}
                </>
              }
            />
            {organisation.children.length > 0 && (
              <Button
                appearance="subtle"
                className="picker-children"
                onClick={() => {
                  setSearch('');
                  setTrail([...trail, { id: organisation.id, name: label(organisation) }]);
                }}
              >
                {t.showChildren(organisation.abbreviation ?? organisation.name)}
              </Button>
            )}
          </li>
        ))}
      </ul>
      {value && <p className="nl-paragraph picker-chosen">{t.organisationChosen(value.name)}</p>}
    </Fieldset>
  );
}
