/**
 * The parts of `natural` this project uses, imported by path. `require('natural')` also loads its
 * storage back-ends, whose dotenv prints banners on stdout and would corrupt CLI output.
 */
import type { Stemmer } from 'natural';

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const PorterStemmer: Stemmer = require('natural/lib/natural/stemmers/porter_stemmer');
