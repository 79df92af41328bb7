/**
 * Types for `jq-web` (jq compiled to WebAssembly; the package ships none). The module's export is a promise of the
 * initialised jq instance.
 */
declare module 'jq-web' {
  /** The initialised jq: `raw` runs the jq program with command-line style flags over JSON text. */
  interface JqInstance {
    /** Returns jq's stdout (undefined when empty); throws an Error with `stderr` set when jq exits with a non-zero status. */
    raw(input: string, filter: string, flags?: string[]): string | undefined;
  }
  const jq: Promise<JqInstance>;
  export = jq;
}
