/**
 * Every definition command, one line each (the commands themselves live one per file).
 */
import type * as vscode from 'vscode';
import { registerCompareDefinitions } from './compareDefinitions';
import type { DefinitionsContext } from './definitionsContext';
import { registerDownloadDefinition } from './downloadDefinition';
import { registerOpenDefinition } from './openDefinition';
import { registerPauseResumeSchedule } from './pauseResumeSchedule';
import { registerRefreshDefinitions } from './refreshDefinitions';
import { registerRegisterDefinition } from './registerDefinitionFile';
import { registerToggleEventHandler } from './toggleEventHandler';
import { registerUnregisterDefinition } from './unregisterDefinition';
import { registerUnregisterDefinitionFile } from './unregisterDefinitionFile';

/** Registers the commands; the caller disposes them. */
export function registerDefinitionCommands(ctx: DefinitionsContext): vscode.Disposable[] {
  return [
    registerRefreshDefinitions(ctx),
    registerOpenDefinition(ctx),
    registerDownloadDefinition(ctx),
    ...registerUnregisterDefinition(ctx),
    registerRegisterDefinition(ctx),
    registerUnregisterDefinitionFile(ctx),
    ...registerCompareDefinitions(ctx),
    ...registerToggleEventHandler(ctx),
    ...registerPauseResumeSchedule(ctx),
  ];
}
