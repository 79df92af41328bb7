/**
 * The in-process series of the keystroke benchmark: the same keystrokes applied to a `TextDocument`, then the whole
 * new version parsed and validated in this process, timed per keystroke. One series is the baseline from the issue
 * (vscode-json-languageservice with our workflow schema: a full re-parse per edit, as VS Code's JSON support does);
 * the other is our own core without the server around it, which separates validation cost from protocol cost.
 */
import { performance } from 'node:perf_hooks';
import type { LanguageService } from 'vscode-json-languageservice';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, validate } from '../server/src/service';
import type { ValidationContext } from '../server/src/service';
import { KeystrokeScript } from './keystrokeEdits';

/** Validates one document version; resolves (or returns) when its diagnostics are known. */
export type VersionValidator = (document: TextDocument) => unknown;

/** Replays `warmup + edits` keystrokes on `text`, timing `validator` on each version after the warm-up. */
export async function timeInProcess(
  text: string,
  uri: string,
  counts: { readonly warmup: number; readonly edits: number },
  validator: VersionValidator,
): Promise<number[]> {
  const script = new KeystrokeScript(uri, text);
  let document = TextDocument.create(uri, 'conductor-workflow', 1, text);
  const times: number[] = [];
  for (let i = 0; i < counts.warmup + counts.edits; i++) {
    const { change } = script.next();
    const start = performance.now();
    document = TextDocument.update(document, [change], script.version());
    await validator(document);
    if (i >= counts.warmup) times.push(performance.now() - start);
  }
  return times;
}

/** vscode-json-languageservice: parse the version into its AST, then validate against the workflow schema. */
export function jsonLanguageServiceValidator(service: LanguageService): VersionValidator {
  return (document) => service.doValidation(document, service.parseJSONDocument(document));
}

/** Our core as the server calls it per version: `parseDocument` then `validate` (every rule, the index). */
export function coreValidator(context: ValidationContext): VersionValidator {
  return (document) => validate(document, parseDocument(document.getText()), context);
}
