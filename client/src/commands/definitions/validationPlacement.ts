/**
 * Places the `validationErrors` of a rejected register (§2.6) in the local file: each Hibernate path becomes a JSON
 * path (`toDocumentPath`), and the finding goes on the deepest part of that path the file has. A property's key is
 * marked; an object (a task, the definition itself) is marked by its `taskReferenceName` or `name`, so a class-level
 * finding does not underline fifty lines. Pure: no `vscode` import; offsets become positions in the caller.
 */
import type { ValidationError } from '../../../../common/src/model';
import { toDocumentPath } from '../../api';
import { parseDocument } from '../../../../server/src/service/parse';
import type { JsonPath, Locator, OffsetRange } from '../../../../server/src/service/types';

/** One server finding placed in the file. */
export interface PlacedValidationError {
  readonly range: OffsetRange;
  readonly message: string;
  /** The server's path, kept for the diagnostic's detail. */
  readonly serverPath: string;
}

const NAMING_KEYS = ['taskReferenceName', 'name'];

/** Every validation error with a range in `text`; errors whose path the file lacks go on its nearest ancestor. */
export function placeValidationErrors(
  text: string,
  holdsArray: boolean,
  errors: readonly ValidationError[],
): PlacedValidationError[] {
  const { locator } = parseDocument(text);
  return errors.map((error) => ({
    range: placePath(text, locator, toDocumentPath(error.path, holdsArray)),
    message: error.message,
    serverPath: error.path,
  }));
}

function placePath(text: string, locator: Locator, path: JsonPath): OffsetRange {
  for (let length = path.length; length >= 0; length--) {
    const prefix = path.slice(0, length);
    const value = locator.valueRange(prefix);
    if (!value) continue;
    const opening = text[value.start];
    if (opening !== '{' && opening !== '[') return value;
    return namingRange(locator, prefix) ?? locator.keyRange(prefix) ?? { start: value.start, end: value.start + 1 };
  }
  return { start: 0, end: Math.min(1, text.length) };
}

/** The value of the object's `taskReferenceName` or `name`, which names what the finding is about. */
function namingRange(locator: Locator, objectPath: JsonPath): OffsetRange | undefined {
  for (const key of NAMING_KEYS) {
    const range = locator.valueRange([...objectPath, key]);
    if (range) return range;
  }
  return undefined;
}
