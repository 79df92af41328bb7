/**
 * Pushes diagnostics for open documents: on open and change, and for every open document when a definition it may
 * depend on changes (a task definition file deleted → its workflows warn). Requests coalesce: all changes that
 * arrive before the event loop is free are validated once, at their latest version, without a fixed delay (which
 * would add straight to keystroke latency).
 */
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DocumentCache } from '../documentCache';
import type { SettingsStore } from '../settings';
import type { ParsedDocument, ValidationContext } from '../service/types';

/** The core's `validate`, injected so the handler stays a thin adapter. */
export type ValidateFunction = (
  document: TextDocument,
  parsed: ParsedDocument,
  context: ValidationContext,
) => Diagnostic[];

/** What the diagnostics handler needs from the composition root. */
export interface DiagnosticsDeps {
  readonly connection: Connection;
  readonly documents: TextDocuments<TextDocument>;
  readonly cache: DocumentCache;
  readonly settings: SettingsStore;
  readonly index: ValidationContext['index'];
  /** Settles when the initial workspace scan is done: validating earlier would warn about definitions not yet read. */
  readonly ready: Promise<void>;
  readonly validate: ValidateFunction;
  /** Feeds an edited open document to the workspace index; true when what it defines changed. */
  readonly indexOpenDocument: (document: TextDocument) => boolean;
  readonly log: (message: string, error?: unknown) => void;
}

/** Schedules validation of open documents and publishes the results. */
export class DiagnosticsPublisher {
  private readonly pending = new Set<string>();
  private readonly edited = new Set<string>();
  private flushScheduled = false;
  // Flushes run one after another, so results go out in the order documents changed (tests rely on that order).
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly deps: DiagnosticsDeps) {}

  /**
   * An open document was opened or edited: re-index and validate it soon. Indexing waits for the flush too, so a
   * burst of keystrokes costs one index update, not one per keystroke.
   */
  documentChanged(uri: string): void {
    this.edited.add(uri);
    this.schedule(uri);
  }

  /** Validates this document soon (coalesced with other requests). */
  schedule(uri: string): void {
    this.pending.add(uri);
    if (this.flushScheduled) return;
    this.flushScheduled = true;
    setImmediate(() => {
      // A failed flush must not stop later ones: the chain always continues from a settled promise.
      this.flushing = this.flushing
        .then(() => this.flush())
        .catch((error: unknown) => this.deps.log('Could not publish diagnostics', error));
    });
  }

  /** Validates every open document soon: something they may depend on changed. */
  scheduleAll(): void {
    for (const document of this.deps.documents.all()) this.schedule(document.uri);
  }

  /** Settles when every flush requested so far (and already started) has published. */
  idle(): Promise<void> {
    return this.flushing;
  }

  /** Removes a closed document's diagnostics: VS Code shows problems of open Conductor files only. */
  clear(uri: string): void {
    this.pending.delete(uri);
    this.edited.delete(uri);
    void this.deps.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async flush(): Promise<void> {
    await this.deps.ready;
    // Requests made from here on start a new flush, which waits for this one.
    this.flushScheduled = false;
    // An edit that changes what a document defines (a task def's name, a workflow's inputs) affects the others too.
    if (this.reindexEdited()) this.scheduleAll();
    const uris = [...this.pending];
    this.pending.clear();
    for (const uri of uris) await this.publish(uri);
  }

  private reindexEdited(): boolean {
    let changed = false;
    for (const uri of this.edited) {
      const document = this.deps.documents.get(uri);
      if (document) changed = this.deps.indexOpenDocument(document) || changed;
    }
    this.edited.clear();
    return changed;
  }

  private async publish(uri: string): Promise<void> {
    const document = this.deps.documents.get(uri);
    if (!document) return;
    const settings = await this.deps.settings.forResource(uri);
    // A newer version arrived while the settings were read; its own change event scheduled it again.
    if (this.deps.documents.get(uri) !== document) return;
    const diagnostics = settings.validationEnabled ? this.run(document) : [];
    await this.deps.connection.sendDiagnostics({ uri, version: document.version, diagnostics });
  }

  private run(document: TextDocument): Diagnostic[] {
    try {
      const { parsed } = this.deps.cache.get(document);
      return this.deps.validate(document, parsed, { uri: document.uri, index: this.deps.index, log: this.deps.log });
    } catch (error) {
      // The core never throws by contract; if it does anyway, keep the server alive and say where to look.
      this.deps.log(`Could not validate ${document.uri}`, error);
      return [];
    }
  }
}
