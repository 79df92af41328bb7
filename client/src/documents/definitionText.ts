/**
 * The text of a registered definition as the extension shows and saves it: pretty JSON (2 spaces, trailing newline,
 * the project's Prettier settings), without the audit fields the server stamps (§1.1 `Auditable`), which would only
 * make every comparison with a local file differ. Pure: no `vscode` import.
 */
import { formatLike } from './formatLike';
import { SERVER_STAMPED_FIELDS } from './serverSetFields';
import { isObject } from '../../../server/src/service/model/jsonValue';

/**
 * The definition without its top-level audit fields (nested task definitions keep theirs: they are content); a list
 * of definitions loses them on each.
 */
export function withoutAuditFields(definition: unknown): unknown {
  if (Array.isArray(definition)) return definition.map(withoutAuditFields);
  if (!isObject(definition)) return definition;
  return Object.fromEntries(Object.entries(definition).filter(([key]) => !SERVER_STAMPED_FIELDS.has(key)));
}

/**
 * `value` with its object keys in the order `model` has them (keys `model` lacks come after, in their own order),
 * recursively: the server serializes fields in its own order, so a diff against the local file would otherwise show
 * moved lines that are not changes.
 */
export function alignKeys(value: unknown, model: unknown): unknown {
  if (Array.isArray(value)) {
    return value.map((item: unknown, index) => alignKeys(item, Array.isArray(model) ? model[index] : undefined));
  }
  if (!isObject(value)) return value;
  const template = isObject(model) ? model : {};
  const keys = [...Object.keys(template).filter((key) => key in value), ...Object.keys(value)];
  const aligned: Record<string, unknown> = {};
  for (const key of new Set(keys)) aligned[key] = alignKeys(value[key], template[key]);
  return aligned;
}

/** What a reader looks for first; the server puts them wherever its Java fields are. */
const LEADING_KEYS = ['name', 'description', 'version'];

function nameFirst(definition: unknown): unknown {
  if (Array.isArray(definition)) return definition.map(nameFirst);
  if (!isObject(definition)) return definition;
  const keys = new Set([...LEADING_KEYS.filter((key) => key in definition), ...Object.keys(definition)]);
  return Object.fromEntries([...keys].map((key) => [key, definition[key]]));
}

/**
 * A definition as the project's files are written: name, description and version first, then the server's order,
 * in Prettier's JSON layout (arrays on one line when they fit in 120 columns), with a trailing newline.
 */
export function toDefinitionText(definition: unknown): string {
  return formatLike(nameFirst(definition), '');
}
