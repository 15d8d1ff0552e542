/**
 * Types for Readability's own file, imported without the package's index: the index also brings
 * `isProbablyReaderable`, which extraction never calls, into every content-script bundle.
 */
declare module '@mozilla/readability/Readability.js' {
  import type { Readability } from '@mozilla/readability';

  const ReadabilityClass: typeof Readability;
  export default ReadabilityClass;
}
