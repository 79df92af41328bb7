/**
 * The identifiers the definition views and their commands share with package.json (`contributes.views`,
 * `contributes.commands`, `menus`). Kept in one place so a rename cannot miss one side.
 */

/** View ids in the `conductor` activity-bar container. */
export const VIEW_IDS = {
  workflows: 'conductor.workflowDefinitions',
  taskDefs: 'conductor.taskDefinitions',
  eventsAndSchedules: 'conductor.eventsAndSchedules',
} as const;

/** Opens a registered definition read-only; the argument is a definition node. */
export const OPEN_DEFINITION_COMMAND = 'conductor.openDefinition';

/** Reloads every definition view and the open registered-definition documents. */
export const REFRESH_DEFINITIONS_COMMAND = 'conductor.refreshDefinitions';
