import path from 'node:path';
import { definePDFJSModule } from 'unpdf';

/**
 * Jest runs tests as CommonJS and cannot `import()` the ES-module build of pdf.js that unpdf
 * loads by itself in Node. Tests that read PDFs call this first: it hands unpdf the same bundle,
 * turned into CommonJS by test/support/esm-bundle-transform.js (see jest.config.js).
 */
export function usePdfjsInJest(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return definePDFJSModule(async () => require(path.join(path.dirname(require.resolve('unpdf')), 'pdfjs.mjs')));
}
