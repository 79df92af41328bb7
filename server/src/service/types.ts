/**
 * The contract of the pure validation core. Everything here is free of `vscode` and LSP-server imports:
 * the language server, the CLI and the engine all call the core through these types.
 */
import type { Diagnostic } from 'vscode-languageserver-types';

/** The kinds of Conductor document the core understands. */
export type DocumentKind = 'workflow' | 'taskdef' | 'event' | 'schedule';

/** A JSON path into the parsed value: object keys and array indexes, outermost first. */
export type JsonPath = readonly (string | number)[];

/** Where a finding is drawn: on a property's value, on its key, or on the key of the object that owns it. */
export type Target = 'value' | 'key' | 'parentKey';

/** A span inside a string value, counted in decoded characters of that string (escapes already resolved). */
export interface StringSpan {
  readonly start: number;
  readonly length: number;
}

/** Offsets into the document text, half-open: `[start, end)`. */
export interface OffsetRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Finds text ranges for JSON paths. Implementations may build their position index lazily, so a document
 * that reports nothing never pays for it.
 */
export interface Locator {
  /** Range of the value at `path` (the whole string including quotes for strings), or undefined if absent. */
  valueRange(path: JsonPath): OffsetRange | undefined;
  /** Offset where the value at `path` starts (cheaper than `valueRange` for large values), or undefined. */
  valueStart?(path: JsonPath): number | undefined;
  /** Range of the property key (with quotes) whose value is at `path`; undefined for array elements and the root. */
  keyRange(path: JsonPath): OffsetRange | undefined;
  /** Range of a span inside the string value at `path`, mapped through JSON escapes to raw text offsets. */
  stringSpanRange(path: JsonPath, span: StringSpan): OffsetRange | undefined;
  /** Every duplicate key in the document: the path of the object holding it, the key, and the key's range. */
  duplicateKeys(): readonly DuplicateKey[];
  /** How deeply containers nest (0 for a scalar document); computed by the same pass as `duplicateKeys`. */
  maxDepth?(): number;
}

export interface DuplicateKey {
  readonly objectPath: JsonPath;
  readonly key: string;
  readonly range: OffsetRange;
}

/** A JSON syntax error, already placed in the text. */
export interface JsonSyntaxError {
  readonly message: string;
  readonly range: OffsetRange;
}

/** A document parsed once per version and shared by every rule and feature. */
export interface ParsedDocument {
  readonly text: string;
  /** The parsed value; undefined when the text is not valid JSON (see `syntaxErrors`). */
  readonly value: unknown;
  readonly syntaxErrors: readonly JsonSyntaxError[];
  readonly locator: Locator;
}

/** A workflow known to the workspace (or, later, registered on a Conductor server). */
export interface KnownWorkflow {
  readonly name: string;
  readonly version: number;
  readonly uri?: string;
  /** Workflow `inputParameters` (documentation of the expected inputs), if known. */
  readonly inputParameters?: readonly string[];
}

/** A task definition known to the workspace (or registered on a server). */
export interface KnownTaskDef {
  readonly name: string;
  readonly uri?: string;
  readonly inputKeys?: readonly string[];
  readonly outputKeys?: readonly string[];
  /** Keys of the definition's `inputTemplate` (default inputs; e.g. an HTTP task def may supply `http_request`). */
  readonly inputTemplateKeys?: readonly string[];
}

/**
 * Cross-file knowledge injected into the core. The workspace index implements it from files on disk; a later
 * implementation adds what is registered on a Conductor server. `describe()` names the source in messages,
 * e.g. "the workspace" or "server 'staging'".
 */
export interface DefinitionIndex {
  describe(): string;
  getTaskDef(name: string): KnownTaskDef | undefined;
  /** All versions of a workflow, any order; empty when unknown. */
  getWorkflowVersions(name: string): readonly KnownWorkflow[];
}

/** What a caller passes to `validate` besides the document. */
export interface ValidationContext {
  /** File name or URI; used for kind detection by pattern. */
  readonly uri: string;
  /** Kind forced by the caller; otherwise detected from the file name and then from the shape. */
  readonly kind?: DocumentKind;
  /** File-name patterns per kind (`*.workflow.json`, …) overriding the defaults of `documentKind.ts`. */
  readonly kindPatterns?: Readonly<Record<DocumentKind, readonly string[]>>;
  /** Cross-file index; rules that need it are skipped when it is absent. */
  readonly index?: DefinitionIndex;
  /** Receives failures of individual rules; validation itself never throws. */
  readonly log?: (message: string, error?: unknown) => void;
}

/** The shape every rule reports in: a path plus a target, turned into a range only if reported. */
export interface Finding {
  readonly code: string;
  readonly message: string;
  readonly severity: 'error' | 'warning' | 'information' | 'hint';
  readonly path: JsonPath;
  readonly target: Target;
  /** A span inside the string at `path` (expressions, script errors). */
  readonly span?: StringSpan;
  /** Machine-readable data for quick fixes (e.g. `{ suggestion: 'SIMPLE' }`). */
  readonly data?: Readonly<Record<string, unknown>>;
  /** Unnecessary / deprecated tags for the editor. */
  readonly tags?: readonly ('unnecessary' | 'deprecated')[];
}

/** What a rule sees. */
export interface RuleContext {
  readonly kind: DocumentKind;
  readonly value: unknown;
  readonly document: ParsedDocument;
  readonly index: DefinitionIndex | undefined;
  report(finding: Finding): void;
}

/** One rule per file: a stable code, the kinds it applies to, and a check. */
export interface Rule {
  readonly id: string;
  readonly kinds: readonly DocumentKind[];
  check(context: RuleContext): void;
}

export type { Diagnostic };
