export { recordSeenItem, SeenItemType } from './seen-items';
export { SeenItemSql } from './seen-item-sql';
