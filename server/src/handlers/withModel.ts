/**
 * The common shape of handlers: resolve the open document (and its feature model), run the feature, and keep a bug
 * in a feature from reaching the user as an error popup: it is logged and answered with an empty result. Deliberate
 * refusals (`ResponseError`, e.g. a rename to an existing name) still reach the editor with their message.
 */
import { ResponseError } from 'vscode-languageserver';
import type { Position, TextDocumentIdentifier } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { getFeatureModel } from '../service/features/featureModel';
import type { FeatureModel } from '../service/features/featureModel';
import type { FeatureDeps, ParsedEntry } from './featureDeps';

/** Runs `feature` on an open document; `fallback` when it is not open or the feature fails. */
export function withDocument<T>(
  deps: FeatureDeps,
  request: string,
  uri: string,
  feature: (entry: ParsedEntry) => T,
  fallback: T,
): T {
  const entry = deps.getParsed(uri);
  if (!entry) return fallback;
  try {
    return feature(entry);
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    deps.log?.(`Conductor ${request} failed for ${uri}`, error);
    return fallback;
  }
}

/** Runs a positional feature: the document's model and the position as an offset; null when there is no answer. */
export function withModel<T>(
  deps: FeatureDeps,
  request: string,
  params: { textDocument: TextDocumentIdentifier; position: Position },
  feature: (document: TextDocument, model: FeatureModel, offset: number) => T,
): T | null {
  return withDocument<T | null>(
    deps,
    request,
    params.textDocument.uri,
    ({ document, parsed }) => feature(document, getFeatureModel(parsed), document.offsetAt(params.position)) ?? null,
    null,
  );
}
