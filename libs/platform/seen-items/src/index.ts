export { recordSeenItem, SeenItemType, seenItemsOf } from './seen-items';
export { SeenItemSql } from './seen-item-sql';
