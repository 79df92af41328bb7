/**
 * A diagram panel's exports: saves each drawing the page sends (toolbar buttons, or an export asked for with
 * `conductor.diagram.export` in the in-VS-Code tests) and hands the saved file to whoever is waiting for it.
 */
import type * as vscode from 'vscode';
import type { ExtensionServices } from '../services';
import type { ExportFormat } from './exportFile';
import { saveExport } from './saveExport';

/** The exports of one panel. */
export class PanelExports {
  /** Callers waiting for the file of an export they asked for, oldest first. */
  private readonly waiting: ((saved: vscode.Uri | undefined) => void)[] = [];

  constructor(
    private readonly services: ExtensionServices,
    private readonly title: string,
  ) {}

  /** Resolves with the file of the next export saved (undefined when it was cancelled or failed). */
  next(): Promise<vscode.Uri | undefined> {
    return new Promise((resolve) => this.waiting.push(resolve));
  }

  /** Saves what the page sent. */
  async save(format: ExportFormat, data: string): Promise<void> {
    const saved = await saveExport(this.services, this.title, format, data);
    this.waiting.shift()?.(saved);
  }

  /** The page reported an error instead of sending a drawing: a waiting caller gets no file. */
  failed(): void {
    this.waiting.shift()?.(undefined);
  }
}
