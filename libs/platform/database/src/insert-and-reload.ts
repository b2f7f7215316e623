import type { FindOptionsWhere, ObjectLiteral, QueryDeepPartialEntity, Repository } from 'typeorm';

/**
 * Inserts one row and reads it back as the entity, with the columns the database filled in
 * (id, defaults, timestamps). Both statements go through `repo`, so through its manager and
 * transaction.
 */
export async function insertAndReload<T extends ObjectLiteral & { id: string }>(
  repo: Repository<T>,
  values: QueryDeepPartialEntity<T>,
): Promise<T> {
  const result = await repo.insert(values);
  const id = result.identifiers[0].id as string;
  return repo.findOneByOrFail({ id } as FindOptionsWhere<T>);
}
