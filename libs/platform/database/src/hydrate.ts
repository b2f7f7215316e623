import { DataSource, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';

interface ColumnPlan {
  /** The row's key: prefix + column name. */
  key: string;
  column: ColumnMetadata;
}

/** Each entity's columns under each prefix, worked out once: lists hydrate 20 rows a request. */
const plans = new WeakMap<EntityMetadata, Map<string, { keys: string[]; columns: ColumnPlan[] }>>();

function planFor(metadata: EntityMetadata, prefix: string) {
  let byPrefix = plans.get(metadata);
  if (!byPrefix) plans.set(metadata, (byPrefix = new Map()));
  let plan = byPrefix.get(prefix);
  if (!plan) {
    plan = {
      keys: metadata.primaryColumns.map((c) => prefix + c.databaseName),
      columns: metadata.columns.map((column) => ({ key: prefix + column.databaseName, column })),
    };
    byPrefix.set(prefix, plan);
  }
  return plan;
}

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
  const plan = planFor(metadata, prefix);
  if (plan.keys.some((key) => row[key] == null)) return null;
  const entity = metadata.create() as Record<string, unknown>;
  for (const { key, column } of plan.columns) {
    const value = row[key];
    if (value === undefined) continue;
    entity[column.propertyName] = dataSource.driver.prepareHydratedValue(value, column);
  }
  return entity as T;
}
