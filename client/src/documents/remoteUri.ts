/**
 * Addresses of registered definitions shown as read-only documents: the path of a `conductor-remote:` URI is
 * `/<kind>/<name>[/<version>]/<file name>`, the file name ending in the kind's suffix so VS Code picks the Conductor
 * language (and its highlighting) for it; `?alignWith=<file URI>` asks for the keys in that local file's order (the
 * remote side of a comparison). Pure: no `vscode` import.
 */
import type { DefinitionRef } from './definitionKind';
import { FILE_SUFFIX, type DocumentKind } from './definitionKind';
import { definitionFileName } from './fileNames';

/** The URI scheme of registered definitions. */
export const REMOTE_SCHEME = 'conductor-remote';

const KINDS = Object.keys(FILE_SUFFIX) as DocumentKind[];

function isKind(value: string | undefined): value is DocumentKind {
  return KINDS.includes(value as DocumentKind);
}

/** The URI path of a registered definition. */
export function remotePath(ref: DefinitionRef): string {
  const name = encodeURIComponent(ref.name);
  const version = ref.version === undefined ? '' : `/${ref.version}`;
  const fileName = definitionFileName(ref.kind, ref.version === undefined ? ref.name : `${ref.name}.v${ref.version}`);
  return `/${ref.kind}/${name}${version}/${encodeURIComponent(fileName)}`;
}

/** The definition a URI path addresses; undefined when the path is not one `remotePath` makes. */
export function parseRemotePath(path: string): DefinitionRef | undefined {
  const parts = path.split('/').slice(1);
  const [kind, encodedName] = parts;
  if (!isKind(kind) || encodedName === undefined) return undefined;
  const name = safeDecode(encodedName);
  if (name === undefined) return undefined;
  if (kind !== 'workflow') return parts.length === 3 ? { kind, name } : undefined;
  const version = Number(parts[2]);
  return parts.length === 4 && Number.isInteger(version) ? { kind, name, version } : undefined;
}

function safeDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
