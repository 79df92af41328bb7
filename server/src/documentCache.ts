/**
 * The parsed model of each open document, computed once per version and shared by diagnostics and every feature
 * (the VS Code JSON server's `languageModelCache` idea, without the timer: entries go when documents close).
 */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ParsedDocument } from './service/types';

/** A document together with its model parsed for exactly this version. */
export interface CachedDocument {
  readonly document: TextDocument;
  readonly parsed: ParsedDocument;
}

/** Parsed models keyed by URI; a new version replaces the old entry. */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; entry: CachedDocument }>();

  /** `parse` is the core's `parseDocument`, injected so tests can count calls. */
  constructor(private readonly parse: (text: string) => ParsedDocument) {}

  /** The model for this document version: the same object on every call until the version changes. */
  get(document: TextDocument): CachedDocument {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && cached.entry.document === document) return cached.entry;
    const entry = { document, parsed: this.parse(document.getText()) };
    this.entries.set(document.uri, { version: document.version, entry });
    return entry;
  }

  /** Forgets a document (on close). */
  delete(uri: string): void {
    this.entries.delete(uri);
  }

  /** How many documents are cached (for tests and logs). */
  get size(): number {
    return this.entries.size;
  }
}
