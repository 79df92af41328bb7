/**
 * The message nodes of the Executions view's top level: the server could not be listed (naming the profile, click to
 * retry), more executions match than are listed ("Load more…"), and nothing matches the filter (click to clear it).
 */
import { MessageNode } from './messageNode';

/** The listing failed on `profileName`: says what failed and retries on click. */
export function listErrorNode(profileName: string, message: string): MessageNode {
  const where = profileName ? `on "${profileName}"` : 'on the Conductor server';
  return new MessageNode('error', `Could not list executions ${where}`, {
    description: message,
    tooltip: `${message}\n\nClick to retry. Check the server and the profile in the status bar, or the Conductor output.`,
    command: { title: 'Retry', command: 'conductor.refreshExecutions' },
  });
}

/** `listed` of `total` matches are shown: a click loads the next page. */
export function loadMoreNode(listed: number, total: number): MessageNode {
  return new MessageNode('loadMore', 'Load more…', {
    description: `${listed} of ${total}`,
    command: { title: 'Load more', command: 'conductor.loadMoreExecutions' },
  });
}

/** The filter matches nothing: a click clears it. */
export function noMatchNode(): MessageNode {
  return new MessageNode('empty', 'No executions match the filter', {
    description: 'click to clear it',
    command: { title: 'Clear Filter', command: 'conductor.clearExecutionFilter' },
  });
}
