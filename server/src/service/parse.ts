/**
 * Parses a document once per version. The fast path is `JSON.parse`; only when it fails does jsonc-parser run,
 * to report every syntax error with an exact range. Positions are never computed here: the locator finds
 * ranges lazily, only for what gets reported.
 */
import { parse as parseTolerant, printParseErrorCode } from 'jsonc-parser';
import type { ParseError } from 'jsonc-parser';
import { createLocator } from './locator';
import { SYNTAX_MESSAGES, SYNTAX_UNKNOWN } from './messages';
import type { JsonSyntaxError, ParsedDocument } from './types';

/** Parses JSON text into a value, its syntax errors (if any) and a lazy locator. Never throws. */
export function parseDocument(text: string): ParsedDocument {
  let value: unknown;
  let syntaxErrors: readonly JsonSyntaxError[] = [];
  try {
    value = JSON.parse(text);
  } catch (error) {
    value = undefined;
    syntaxErrors = describeSyntaxErrors(text, error);
  }
  return { text, value, syntaxErrors, locator: createLocator(text, value) };
}

/** Exact syntax errors from jsonc-parser; one error per offset (later ones at the same place are cascades). */
function describeSyntaxErrors(text: string, parseError: unknown): JsonSyntaxError[] {
  const raw: ParseError[] = [];
  parseTolerant(text, raw, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const errors: JsonSyntaxError[] = [];
  let lastOffset = -1;
  for (const error of raw) {
    if (error.offset === lastOffset) continue;
    lastOffset = error.offset;
    const name = printParseErrorCode(error.error);
    errors.push({
      message: SYNTAX_MESSAGES[name] ?? SYNTAX_UNKNOWN,
      range: { start: error.offset, end: error.offset + error.length },
    });
  }
  // jsonc-parser accepts a few things JSON.parse rejects; report the engine's own words then.
  if (errors.length === 0) errors.push(fromNativeError(text, parseError));
  return errors;
}

function fromNativeError(text: string, error: unknown): JsonSyntaxError {
  const message = error instanceof Error ? error.message : String(error);
  const position = /at position (\d+)/.exec(message)?.[1];
  const start = position === undefined ? 0 : Math.min(Number(position), text.length);
  return { message: `${SYNTAX_UNKNOWN}: ${message}`, range: { start, end: Math.min(start + 1, text.length) } };
}
