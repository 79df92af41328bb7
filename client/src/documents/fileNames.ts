/**
 * File names for definitions downloaded to the workspace: `<name>.workflow.json`, `<name>.taskdef.json`, … with the
 * characters no file system accepts replaced, so a Conductor name such as `team/flow` still gives one file.
 * Pure: no `vscode` import.
 */
import { FILE_SUFFIX, type DocumentKind } from './definitionKind';

// Windows forbids these, POSIX forbids `/`; control characters are never useful in a name.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[<>:"/\\|?*\u0000-\u001f]/g;

/** The file name a downloaded definition gets. */
export function definitionFileName(kind: DocumentKind, name: string): string {
  // A name of dots alone would name the folder itself or its parent.
  const safe = name.replace(UNSAFE, '_').replace(/^\.+$/, '_').trim() || 'definition';
  return `${safe}${FILE_SUFFIX[kind]}`;
}

/**
 * The first of `<base>`, `<stem>-2<suffix>`, `<stem>-3<suffix>` … that `exists` says is free: what "Keep both" saves
 * as when the wanted file already exists, so nothing is ever overwritten without asking.
 */
export async function freeFileName(
  fileName: string,
  kind: DocumentKind,
  exists: (candidate: string) => Promise<boolean>,
): Promise<string> {
  const suffix = FILE_SUFFIX[kind];
  const stem = fileName.endsWith(suffix) ? fileName.slice(0, -suffix.length) : fileName;
  let candidate = fileName;
  for (let n = 2; await exists(candidate); n++) candidate = `${stem}-${n}${suffix}`;
  return candidate;
}
