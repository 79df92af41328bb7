/**
 * Registers the system tasks of this engine part with the registry in `../systemTask.ts` (importing a module
 * registers its tasks).
 */
import './basicTasks';
import './joinTask';
import './exclusiveJoinTask';
import './waitTask';
import './scriptedTasks';
import './asyncTasks';
import './doWhileTask';
import './subWorkflowTask';
import './startWorkflowTask';
import './kafkaPublishTask';
