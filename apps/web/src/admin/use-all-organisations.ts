import { useQuery } from '@tanstack/react-query';

import { operationName } from '../api-query';
import { AdminOrganisationsDocument } from '../gql/graphql';
import { request } from '../graphql-client';
import type { TreeOrganisation } from './organisation-tree';

/**
 * Every organisation, page after page (the API gives at most 100 at a time). Cached under the
 * operation's name like useApiQuery, so refreshQueries(AdminOrganisationsDocument) reloads it.
 */
export function useAllOrganisations(): { data: TreeOrganisation[] | null; failed: boolean } {
  const query = useQuery({
    queryKey: [operationName(AdminOrganisationsDocument), {}],
    queryFn: async () => {
      const all: TreeOrganisation[] = [];
      let after: string | null = null;
      do {
        const { organisations }: Awaited<ReturnType<typeof fetchPage>> = await fetchPage(after);
        for (const o of organisations.nodes) {
          all.push({
            id: o.id,
            name: o.name,
            abbreviation: o.abbreviation ?? null,
            type: o.type,
            parentId: o.parent?.id ?? null,
          });
        }
        after = organisations.pageInfo.hasNextPage
          ? (organisations.pageInfo.endCursor ?? null)
          : null;
      } while (after);
      return all;
    },
  });
  return { data: query.data ?? null, failed: query.isError };
}

const fetchPage = (after: string | null) => request(AdminOrganisationsDocument, { after });
