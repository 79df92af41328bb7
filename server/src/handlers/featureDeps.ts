/**
 * What the language-server shell hands to the feature handlers: open documents, the parsed model per
 * uri@version, and the workspace index.
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocuments } from 'vscode-languageserver';
import type { ParsedDocument } from '../service/types';
import type { FeatureIndex } from '../service/features/featureIndex';

/** A document together with its model parsed once for this version. */
export interface ParsedEntry {
  readonly document: TextDocument;
  readonly parsed: ParsedDocument;
}

/** Dependencies of every feature handler; built by the composition root (`startServer.ts`). */
export interface FeatureDeps {
  readonly documents: TextDocuments<TextDocument>;
  /** The parsed model of an open document (same object for the same version), or undefined if not open. */
  readonly getParsed: (uri: string) => ParsedEntry | undefined;
  /** The workspace index; `listTaskDefs`/`listWorkflows` enable name completion when present. */
  readonly index: FeatureIndex;
  /** Receives failures of a feature (a bug), which is then answered with an empty result instead of an error. */
  readonly log?: (message: string, error?: unknown) => void;
}
