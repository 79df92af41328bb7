/**
 * The `package.json` menu entries of definition files, generated here so the `when` clauses stay one rule: a file
 * counts when it has a Conductor language (`*.workflow.json`, …) or is a plain JSON file that
 * `conductor.definitions.include` matches and that holds a definition (the context keys of includedDefinitionFiles).
 * A test checks that package.json holds exactly these entries. Pure: no `vscode` import.
 */
import { INCLUDED_DEFINITION_FILES_KEY, INCLUDED_WORKFLOW_FILES_KEY } from './includedDefinitionFiles';

/** One menu entry as package.json has it. */
export interface MenuEntry {
  readonly command: string;
  readonly when: string;
  readonly group?: string;
}

/** Which files a command applies to. */
type Applies = 'definition' | 'workflow';

/** The `when` clause for `applies`, with `langKeys` the language context keys the menu knows its file by. */
export function definitionFileWhen(applies: Applies, ...langKeys: string[]): string {
  const byLanguage = langKeys.map((key) =>
    applies === 'workflow' ? `${key} == conductor-workflow` : `${key} =~ /^conductor-/`,
  );
  const included = applies === 'workflow' ? INCLUDED_WORKFLOW_FILES_KEY : INCLUDED_DEFINITION_FILES_KEY;
  return [...byLanguage, `resourcePath in ${included}`].join(' || ');
}

/** The file commands of the explorer and editor context menus, in menu order. */
const CONTEXT_COMMANDS: readonly { command: string; applies: Applies; group: string }[] = [
  { command: 'conductor.registerDefinition', applies: 'definition', group: 'conductor@1' },
  { command: 'conductor.compareWithRegistered', applies: 'definition', group: 'conductor@2' },
  { command: 'conductor.unregisterDefinitionFile', applies: 'definition', group: 'conductor@3' },
  { command: 'conductor.startWorkflow', applies: 'workflow', group: 'conductor@5' },
  { command: 'conductor.startWorkflowWithInput', applies: 'workflow', group: 'conductor@6' },
  { command: 'conductor.executeWorkflow', applies: 'workflow', group: 'conductor@7' },
  { command: 'conductor.testRunWorkflow', applies: 'workflow', group: 'conductor@8' },
];

/** The palette's file commands: shown only while such a file is the active editor's. */
const PALETTE_COMMANDS: readonly { command: string; applies: Applies; langKeys: string[] }[] = [
  { command: 'conductor.unregisterDefinitionFile', applies: 'definition', langKeys: ['editorLangId'] },
  { command: 'conductor.compareWithRegistered', applies: 'definition', langKeys: ['editorLangId'] },
  // The diagram's own panel is no editor: there the resource's language says which workflow it shows.
  { command: 'conductor.showDiagram', applies: 'workflow', langKeys: ['editorLangId', 'resourceLangId'] },
];

/** The generated entries per menu; other entries of these menus are not the definition files' and stay as they are. */
export function definitionFileMenus(): Readonly<Record<string, readonly MenuEntry[]>> {
  const context = (langKey: string): MenuEntry[] =>
    CONTEXT_COMMANDS.map(({ command, applies, group }) => ({
      command,
      when: definitionFileWhen(applies, langKey),
      group,
    }));
  return {
    'explorer/context': context('resourceLangId'),
    'editor/context': context('editorLangId'),
    'editor/title': [
      { command: 'conductor.showDiagram', when: definitionFileWhen('workflow', 'resourceLangId'), group: 'navigation' },
    ],
    commandPalette: PALETTE_COMMANDS.map(({ command, applies, langKeys }) => ({
      command,
      when: definitionFileWhen(applies, ...langKeys),
    })),
  };
}
