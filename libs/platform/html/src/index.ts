export { escapeHtml, linkPage } from './html';
