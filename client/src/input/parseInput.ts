/**
 * Checks the text of an input editor before anything is sent: it must be one JSON object. The error says where
 * the text is broken (line and column) so the user can fix it in place. No `vscode` import.
 */
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { WorkflowInput } from './inputTemplate';
import { isObject } from '../../../server/src/service/model/jsonValue';

/** The parsed input, or why it cannot be sent. */
export type ParsedInput = { ok: true; input: WorkflowInput } | { ok: false; message: string };

/** Parses `text` as strict JSON (no comments, no trailing commas: the server would reject them) holding an object. */
export function parseInput(text: string): ParsedInput {
  if (text.trim() === '') return { ok: true, input: {} };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (first) {
    const { line, column } = position(text, first.offset);
    return {
      ok: false,
      message: `The input is not valid JSON: ${printParseErrorCode(first.error)} at line ${line}, column ${column}. Fix it and start again.`,
    };
  }
  if (!isObject(value)) {
    return { ok: false, message: 'The input must be a JSON object ({ "name": value, … }), as Conductor takes a map.' };
  }
  return { ok: true, input: value };
}

function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}
