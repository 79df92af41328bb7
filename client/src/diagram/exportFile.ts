/**
 * The file side of a diagram export (no `vscode` import): checks and decodes what the page sent (SVG text, or a PNG
 * data URL from its canvas), names the file after the diagram, and writes it into a folder without ever replacing a
 * file that is there unless the user says so: the first write is exclusive (`wx`), so a file that appears meanwhile
 * is not overwritten either.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** What the diagram exports. */
export type ExportFormat = 'svg' | 'png';

/** The answer to "that file exists": replace it, keep both (write `name-2.svg`), or undefined: write nothing. */
export type ExistingFileAnswer = 'replace' | 'keepBoth' | undefined;

/** The page sent something that is not the image it claims to be. */
export class ExportDataError extends Error {}

/** True when saving the same drawing again may work: a file-system failure may pass, bad data from the page never. */
export function canRetryExport(error: unknown): boolean {
  return !(error instanceof ExportDataError);
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_DATA_URL = /^data:image\/png;base64,/;
/** Names tried with Keep Both before giving up (`name-2` … `name-100`). */
const MAX_NUMBERED = 100;

/** The bytes to write; throws ExportDataError when `data` is not an SVG document or a PNG data URL. */
export function exportBytes(format: ExportFormat, data: string): Uint8Array {
  if (format === 'svg') {
    if (!/^(<\?xml[^>]*>\s*)?<svg[\s>]/.test(data)) throw new ExportDataError('the page sent no SVG drawing');
    return new TextEncoder().encode(data);
  }
  const bytes = PNG_DATA_URL.test(data) ? Buffer.from(data.replace(PNG_DATA_URL, ''), 'base64') : Buffer.alloc(0);
  if (!PNG_SIGNATURE.every((byte, i) => bytes[i] === byte)) throw new ExportDataError('the page sent no PNG image');
  return bytes;
}

/** `Diagram: order.workflow.json` → `order.workflow.svg`; an execution's id → `<id>.png`; unsafe characters → `_`. */
export function exportFileName(title: string, format: ExportFormat): string {
  const base = title.replace(/^Diagram: /, '').replace(/\.json$/i, '');
  return `${base.replace(/[^\w.-]+/g, '_') || 'diagram'}.${format}`;
}

/** `order.workflow.svg` → `order.workflow-2.svg`. */
export function numberedName(name: string, n: number): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? `${name}-${n}` : `${name.slice(0, dot)}-${n}${name.slice(dot)}`;
}

/** Writes `bytes` to `path` unless a file is there; false when one is. */
async function writeNew(path: string, bytes: Uint8Array): Promise<boolean> {
  try {
    await writeFile(path, bytes, { flag: 'wx' });
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
}

/**
 * Writes the export as `name` in `folder`; when that file exists, `ask` decides (it is asked once). Resolves with
 * the written path, or undefined when the user kept the file and wrote nothing.
 */
export async function writeExport(
  folder: string,
  name: string,
  bytes: Uint8Array,
  ask: (name: string) => Promise<ExistingFileAnswer>,
): Promise<string | undefined> {
  const wanted = join(folder, name);
  if (await writeNew(wanted, bytes)) return wanted;
  const answer = await ask(name);
  if (answer === 'replace') {
    await writeFile(wanted, bytes);
    return wanted;
  }
  if (answer !== 'keepBoth') return undefined;
  for (let n = 2; n <= MAX_NUMBERED; n++) {
    const path = join(folder, numberedName(name, n));
    if (await writeNew(path, bytes)) return path;
  }
  throw new Error(`${name} and ${MAX_NUMBERED - 1} numbered copies already exist in ${folder}; clean some up`);
}
