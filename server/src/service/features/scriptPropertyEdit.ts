/**
 * Writing a task reference name over a `$.ref` / `$['ref']` property in a script (DO_WHILE loopCondition, §5.8).
 * Reference names may hold `-` or start with a digit; after `$.` such a name would read as another expression
 * (`$.my-loop` is `$.my - loop`), so the dot form becomes the bracket form.
 */
import type { OffsetRange } from '../types';

/** What an edit replaces and with what. */
export interface RawEdit {
  readonly range: OffsetRange;
  readonly newText: string;
}

const JS_IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** The edit putting `name` where the property name at `range` (the name only) is; `text` is the document's. */
export function scriptPropertyEdit(text: string, range: OffsetRange, name: string): RawEdit {
  if (JS_IDENTIFIER.test(name) || text.charAt(range.start - 1) !== '.') return { range, newText: name };
  return { range: { start: range.start - 1, end: range.end }, newText: `['${name}']` };
}
