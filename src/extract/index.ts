/** Page text for the engine, on any DOM (the page, or linkedom in Node): shared by the content script and the CLI. */
export {
  extractBlocks,
  extractPageText,
  locateInBlock,
  type ExtractedText,
  type TextPoint,
} from './extract-blocks';
export { findPublishedAt, normaliseDate } from './published-at';
