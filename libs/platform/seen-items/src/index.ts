export { recordSeenItem, SeenItemType, seenItemsOf } from './seen-items';
