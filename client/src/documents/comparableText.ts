/**
 * The registered side of a comparison with a local file: keys in the file's order, the defaults the server filled
 * in left out, laid out like the file. For a file holding several definitions (a task-definition array) the
 * registered one takes the place of element `element` and the others stay as the file has them, so the comparison
 * shows exactly that definition's differences. Pure: no `vscode` import.
 */
import type { DocumentKind } from './definitionKind';
import { alignKeys } from './definitionText';
import { formatLike } from './formatLike';
import { withoutServerDefaults } from './serverDefaults';
import { withLocalStampedFields } from './serverSetFields';

/** The text to diff against `localText`; undefined when `localText` is not JSON (the caller shows plain JSON). */
export function comparableText(
  remote: unknown,
  localText: string,
  kind: DocumentKind,
  element?: number,
): string | undefined {
  let local: unknown;
  try {
    local = JSON.parse(localText) as unknown;
  } catch {
    return undefined;
  }
  if (element === undefined || !Array.isArray(local)) {
    const registered = withLocalStampedFields(remote, local);
    return formatLike(withoutServerDefaults(alignKeys(registered, local), local, kind), localText);
  }
  const model: unknown = local[element];
  const replaced = withoutServerDefaults(alignKeys(withLocalStampedFields(remote, model), model), model, kind);
  return formatLike(
    local.map((item: unknown, index) => (index === element ? replaced : item)),
    localText,
  );
}
