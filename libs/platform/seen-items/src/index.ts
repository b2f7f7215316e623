export { recordSeenItem, SeenItemType } from './seen-items';
