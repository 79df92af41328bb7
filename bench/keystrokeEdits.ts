/**
 * The keystrokes of the latency benchmark: a repeating cycle of small edits such as an author makes in a large
 * workflow, each one an incremental change (what the server advertises and VS Code sends). Half of the cycle keeps
 * the document valid; the other half passes through the invalid states typing really produces (a reference being
 * retyped is unknown for a moment), because those take the validator's slow path (detailed schema tier, did-you-mean).
 * Edits spread over the whole document, so no one region stays hot in any cache.
 */
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** What a keystroke does, for the per-kind rows of the report. */
export type EditKind =
  | 'type a character in a string'
  | 'change a number'
  | 'insert a task property'
  | 'delete a task property'
  | 'break a ${…} reference'
  | 'restore the reference';

/** One keystroke: its kind and the incremental change to send. */
export interface Keystroke {
  readonly kind: EditKind;
  readonly change: TextDocumentContentChangeEvent;
}

/** Whether the document is invalid right after a keystroke of this kind (all others leave it valid). */
export function leavesInvalid(kind: EditKind): boolean {
  return kind === 'break a ${…} reference';
}

const INSERTED_PROPERTY = ' "optional": true,';
// Distinct strides (primes) so the four targets of one cycle lie in different parts of the document.
const TASK_STRIDE = 37;
const LIMIT_STRIDE = 7;
const REFERENCE_STRIDE = 101;

/**
 * Produces keystrokes one at a time against the current text (kept in a local `TextDocument` mirroring the
 * server's), so every range is exact however the earlier edits moved the text.
 */
export class KeystrokeScript {
  private document: TextDocument;
  private step = 0;
  private readonly refs: readonly string[];
  private pendingUndo: TextDocumentContentChangeEvent | undefined;

  constructor(uri: string, text: string) {
    this.document = TextDocument.create(uri, 'conductor-workflow', 1, text);
    this.refs = [...text.matchAll(/"taskReferenceName": "(task_\d+)"/g)].map((match) => match[1] ?? '');
  }

  /** The next keystroke, already applied to the local mirror; its version is `version()`. */
  next(): Keystroke {
    const cycle = Math.floor(this.step / 6);
    const keystroke = this.make(this.step % 6, cycle);
    this.step++;
    this.document = TextDocument.update(this.document, [keystroke.change], this.document.version + 1);
    return keystroke;
  }

  /** The version of the mirror after the last keystroke (the one the server's diagnostics must carry). */
  version(): number {
    return this.document.version;
  }

  private make(position: number, cycle: number): Keystroke {
    const text = this.document.getText();
    const ref = this.refs[(cycle * TASK_STRIDE) % this.refs.length] ?? 'task_0';
    switch (position) {
      case 0: {
        const start = indexOrThrow(text, `"description": "Step ${ref} `);
        return this.insert('type a character in a string', indexOrThrow(text, '"', start + 16), 'x');
      }
      case 1:
        return this.changeLimit(text, cycle);
      case 2: {
        const anchor = `"taskReferenceName": "${ref}",`;
        const at = indexOrThrow(text, anchor) + anchor.length;
        return this.insertUndoable('insert a task property', at, INSERTED_PROPERTY);
      }
      case 3:
        return this.undo('delete a task property');
      case 4:
        return this.breakReference(text, cycle);
      default:
        return this.undo('restore the reference');
    }
  }

  /** Retypes the digit of one DO_WHILE's `"limit": N` (cycling 1–9). */
  private changeLimit(text: string, cycle: number): Keystroke {
    const limits = [...text.matchAll(/"limit": (\d)/g)];
    const match = limits[(cycle * LIMIT_STRIDE) % limits.length];
    if (!match) throw new Error('The benchmark document has no DO_WHILE "limit" to edit');
    const at = match.index + '"limit": '.length;
    return { kind: 'change a number', change: this.range(at, 1, String((cycle % 9) + 1)) };
  }

  /** Types an `x` right after the task ref of one `${task_N.output…}` expression, so it names no task. */
  private breakReference(text: string, cycle: number): Keystroke {
    const uses = [...text.matchAll(/\$\{(task_\d+)\.output/g)];
    const match = uses[(cycle * REFERENCE_STRIDE) % uses.length];
    if (!match) throw new Error('The benchmark document has no ${task_N.output…} expression to edit');
    const at = match.index + 2 + (match[1] ?? '').length;
    return this.insertUndoable('break a ${…} reference', at, 'x');
  }

  private undo(kind: EditKind): Keystroke {
    const change = this.pendingUndo;
    if (!change) throw new Error(`'${kind}' must follow the edit it undoes`);
    this.pendingUndo = undefined;
    return { kind, change };
  }

  private insert(kind: EditKind, offset: number, inserted: string): Keystroke {
    return { kind, change: this.range(offset, 0, inserted) };
  }

  /** Inserts one-line text and remembers the change that removes it again (positions after the insertion). */
  private insertUndoable(kind: EditKind, offset: number, inserted: string): Keystroke {
    const start = this.document.positionAt(offset);
    const end = { line: start.line, character: start.character + inserted.length };
    this.pendingUndo = { range: { start, end }, text: '' };
    return this.insert(kind, offset, inserted);
  }

  private range(offset: number, length: number, replacement: string): TextDocumentContentChangeEvent {
    const start = this.document.positionAt(offset);
    const end = this.document.positionAt(offset + length);
    return { range: { start, end }, text: replacement };
  }
}

function indexOrThrow(text: string, wanted: string, from = 0): number {
  const index = text.indexOf(wanted, from);
  if (index < 0) throw new Error(`The benchmark document no longer contains ${JSON.stringify(wanted)}`);
  return index;
}
