/**
 * The ThemeIcon of a workflow or task status (icon and colour from `statusStyle`).
 */
import * as vscode from 'vscode';
import { statusStyle } from './statusStyle';

/** A coloured codicon for `status`. */
export function statusIcon(status: string): vscode.ThemeIcon {
  const style = statusStyle(status);
  return new vscode.ThemeIcon(style.icon, new vscode.ThemeColor(style.color));
}
