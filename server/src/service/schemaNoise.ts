/**
 * Which Ajv errors are noise for an author: `if` ("must match then schema"), the alternatives inside a failed
 * `anyOf`/`oneOf` (one finding speaks for them), and repeated type complaints about one value.
 */
import type { ErrorObject } from 'ajv';

/** The errors worth a finding, in their original order. */
export function withoutNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const groups = alternatives.map((e) => `${e.schemaPath}/`);
  // One type complaint per value: the merged alternatives, else the first (outer) one. Branches behind a `$ref`
  // or an if/else report under other schema paths and would repeat it.
  const typed = new Set(alternatives.map((e) => e.instancePath));
  return errors.filter((e) => {
    if (e.keyword === 'if' || groups.some((group) => e.schemaPath.startsWith(group))) return false;
    if (e.keyword !== 'type') return true;
    if (typed.has(e.instancePath)) return false;
    typed.add(e.instancePath);
    return true;
  });
}
