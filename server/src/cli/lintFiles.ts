/**
 * Lints files with the same core as the editor: every readable file feeds one workspace index (so cross-file
 * checks see the whole set), then each Conductor definition is validated. JSON that is not a Conductor
 * definition is skipped silently, unless the user named the file explicitly.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createWorkspaceIndex, detectKind, kindFromName, parseDocument, validate } from '../service';
import type { CandidateFile } from './collectFiles';

/** The outcome for one file: its diagnostics, or why it could not be read. */
export interface FileResult {
  readonly file: string;
  readonly diagnostics: readonly Diagnostic[];
  readonly readError?: string;
}

interface Loaded {
  readonly candidate: CandidateFile;
  readonly text?: string;
  readonly readError?: string;
}

/** Lints `candidates`; paths in the results are relative to `cwd`. `log` receives internal rule failures. */
export function lintFiles(
  candidates: readonly CandidateFile[],
  cwd: string,
  log: (message: string) => void,
): FileResult[] {
  const loaded = candidates.map(load);
  const index = createWorkspaceIndex(
    loaded.flatMap((file) => (file.text === undefined ? [] : [{ uri: file.candidate.path, text: file.text }])),
  );
  const results: FileResult[] = [];
  for (const { candidate, text, readError } of loaded) {
    const file = relative(cwd, candidate.path) || candidate.path;
    if (text === undefined) {
      results.push({ file, diagnostics: [], readError: readError ?? 'unknown error' });
      continue;
    }
    const parsed = parseDocument(text);
    const isDefinition =
      kindFromName(candidate.path) !== undefined || detectKind(candidate.path, parsed.value) !== undefined;
    if (!isDefinition && !candidate.explicit) continue;
    const uri = pathToFileURL(candidate.path).href;
    const document = TextDocument.create(uri, 'json', 1, text);
    const diagnostics = validate(document, parsed, {
      uri: candidate.path,
      index,
      log: (message, error) => log(`${file}: ${message}${error === undefined ? '' : `: ${describeError(error)}`}`),
    });
    results.push({ file, diagnostics });
  }
  return results;
}

function load(candidate: CandidateFile): Loaded {
  try {
    const text = readFileSync(candidate.path, 'utf8');
    // A UTF-8 byte order mark is not JSON, but editors (and Jackson) skip it; so do we, like VS Code does.
    return { candidate, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch (error) {
    return { candidate, readError: describeError(error) };
  }
}

/** A readable reason for anything thrown. */
function describeError(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : (JSON.stringify(error) ?? typeof error);
}
