export {
  escapeHtml,
  LINK_PAGE_ASSETS,
  LINK_PAGE_SCRIPT,
  LINK_PAGE_STYLESHEET,
  linkPage,
} from './html';
