/**
 * The core's entry points. `validate` turns a parsed document into ranged LSP diagnostics; `validateValue`
 * gives the same findings for a value without text (the engine's registration endpoint uses it). Neither throws.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { detectKind } from './documentKind';
import { collectFindings } from './findings';
import type { FailureLog } from './findings';
import { createLocator } from './locator';
import { CODES, duplicateKeyMessage, nestingMessage, SOURCE } from './messages';
import { placeFinding } from './placement';
import { toRange } from './positions';
import type { DocumentKind, Finding, OffsetRange, ParsedDocument, ValidationContext } from './types';

/**
 * Deeper documents are reported instead of validated: Ajv's compiled validators recurse once per nested task and
 * overflow the stack at about 200 task levels (≈ 420 JSON levels) in the detailed tier. Real workflows nest far
 * less; Conductor itself (Jackson) accepts up to 1000 levels, so exceeding ours is a warning, not an error.
 */
export const MAX_NESTING_DEPTH = 256;

const SEVERITY = { error: 1, warning: 2, information: 3, hint: 4 } as const;
const TAG = { unnecessary: 1, deprecated: 2 } as const;

/**
 * Diagnostics for one document, in this order: syntax errors (and nothing else when there are any), then, for
 * a Conductor document, duplicate keys, schema errors and every rule of its kind.
 */
export function validate(document: TextDocument, parsed: ParsedDocument, context: ValidationContext): Diagnostic[] {
  const log = safeLog(context);
  const diagnostics: Diagnostic[] = [];
  try {
    if (parsed.syntaxErrors.length > 0) {
      return parsed.syntaxErrors.map((error) =>
        diagnostic(document, error.range, 'error', CODES.syntax, error.message),
      );
    }
    const kind = context.kind ?? detectKind(context.uri, parsed.value, context.kindPatterns);
    if (kind === undefined) return [];
    for (const dup of parsed.locator.duplicateKeys()) {
      diagnostics.push(diagnostic(document, dup.range, 'error', CODES.duplicateKey, duplicateKeyMessage(dup.key)));
    }
    if ((parsed.locator.maxDepth?.() ?? 0) > MAX_NESTING_DEPTH) {
      const start = { start: 0, end: Math.min(1, parsed.text.length) };
      diagnostics.push(diagnostic(document, start, 'warning', CODES.nesting, nestingMessage(MAX_NESTING_DEPTH)));
      return diagnostics;
    }
    for (const finding of collectFindings(kind, parsed, context.index, log)) {
      const placed = fromFinding(document, parsed, finding, log);
      if (placed) diagnostics.push(placed);
    }
    return diagnostics;
  } catch (error) {
    // Whatever was collected before the failure is still worth showing.
    log(`Validation of ${context.uri} stopped early`, error);
    return diagnostics;
  }
}

/**
 * Schema and rule findings for a parsed value of a known kind, without positions. Callers without text (the
 * engine turning findings into Conductor's `validationErrors`) use the paths.
 */
export function validateValue(
  value: unknown,
  kind: DocumentKind,
  context: Omit<ValidationContext, 'uri'> & { uri?: string },
): Finding[] {
  const log = safeLog({ ...context, uri: context.uri ?? '' });
  try {
    const text = JSON.stringify(value) ?? '';
    const parsed: ParsedDocument = { text, value, syntaxErrors: [], locator: createLocator(text, value) };
    if ((parsed.locator.maxDepth?.() ?? 0) > MAX_NESTING_DEPTH) {
      return [
        {
          code: CODES.nesting,
          message: nestingMessage(MAX_NESTING_DEPTH),
          severity: 'error',
          path: [],
          target: 'value',
        },
      ];
    }
    return collectFindings(kind, parsed, context.index, log);
  } catch (error) {
    log(`Validation of a ${kind} value stopped early`, error);
    return [];
  }
}

/** The diagnostic of one finding; a finding that cannot be placed (a rule's bad path) is logged and dropped. */
function fromFinding(
  document: TextDocument,
  parsed: ParsedDocument,
  finding: Finding,
  log: FailureLog,
): Diagnostic | undefined {
  try {
    const range = placeFinding(parsed.locator, finding, parsed.text.length);
    const result = diagnostic(document, range, finding.severity, finding.code, finding.message);
    if (finding.data) result.data = finding.data;
    if (finding.tags && finding.tags.length > 0) result.tags = finding.tags.map((tag) => TAG[tag]);
    return result;
  } catch (error) {
    log(`Could not place finding '${finding.code}'`, error);
    return undefined;
  }
}

function diagnostic(
  document: TextDocument,
  range: OffsetRange,
  severity: Finding['severity'],
  code: string,
  message: string,
): Diagnostic {
  return { range: toRange(document, range), severity: SEVERITY[severity], code, source: SOURCE, message };
}

/** The caller's logger, made safe: a throwing logger must not break validation. */
function safeLog(context: ValidationContext): FailureLog {
  return (message, error) => {
    try {
      context.log?.(message, error);
    } catch {
      // Nothing sensible is left to do with a failure of the failure logger.
    }
  };
}
