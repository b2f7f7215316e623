import { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Builds an entity from a raw row (hot paths write their SQL by hand): each column is read as
 * `prefix + column name` and converted exactly as TypeORM would (dates, arrays …).
 * Returns null when the row holds no primary key under that prefix (an empty LEFT JOIN).
 */
export function hydrate<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  row: Record<string, unknown>,
  prefix = '',
): T | null {
  const metadata = dataSource.getMetadata(target);
  if (metadata.primaryColumns.some((c) => row[prefix + c.databaseName] == null)) return null;
  const entity = metadata.create() as T;
  for (const column of metadata.columns) {
    const value = row[prefix + column.databaseName];
    if (value === undefined) continue;
    (entity as Record<string, unknown>)[column.propertyName] =
      dataSource.driver.prepareHydratedValue(value, column);
  }
  return entity;
}
