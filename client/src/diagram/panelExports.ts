/**
 * A diagram panel's exports: saves each drawing the page sends (toolbar buttons, or an export asked for with
 * `conductor.diagram.export` in the in-VS-Code tests) and hands the saved file to whoever is waiting for it. A
 * waiting caller always gets an answer: the file, or undefined when the export was cancelled or failed, the page
 * reported an error, or the panel closed first. Pure: no `vscode` import (the panel passes saveExport).
 */
import type * as vscode from 'vscode';
import type { ToWebview } from '../../../common/src/graph';
import type { ExportFormat } from './exportFile';

/** Saves one drawing; resolves with the file written, undefined when nothing was. */
export type SaveDrawing = (format: ExportFormat, data: string) => Promise<vscode.Uri | undefined>;

/** The exports of one panel. */
export class PanelExports {
  /** Callers waiting for the file of an export they asked for, oldest first. */
  private readonly waiting: ((saved: vscode.Uri | undefined) => void)[] = [];
  private closed = false;

  constructor(
    private readonly saveDrawing: SaveDrawing,
    private readonly post: (message: ToWebview) => void,
  ) {}

  /**
   * Asks the page for a drawing as the toolbar does; resolves with the file saved (undefined when it was cancelled or
   * failed, or the panel closed).
   */
  request(format: ExportFormat): Promise<vscode.Uri | undefined> {
    if (this.closed) return Promise.resolve(undefined);
    const saved = new Promise<vscode.Uri | undefined>((resolve) => this.waiting.push(resolve));
    this.post({ type: 'exportRequest', format });
    return saved;
  }

  /** Saves what the page sent. */
  async save(format: ExportFormat, data: string): Promise<void> {
    const saved = await this.saveDrawing(format, data);
    this.waiting.shift()?.(saved);
  }

  /** The page reported an error instead of sending a drawing: a waiting caller gets no file. */
  failed(): void {
    this.waiting.shift()?.(undefined);
  }

  /** The panel closed: no drawing will come, so every waiting caller gets no file. */
  close(): void {
    this.closed = true;
    for (const resolve of this.waiting.splice(0)) resolve(undefined);
  }
}
