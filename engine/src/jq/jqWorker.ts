/**
 * Worker-thread side of {@link JqRunner}: runs jq programs with jq-web and answers on the shared port, then wakes the
 * blocked caller through the shared signal. Running jq here, not on the engine thread, lets the caller give up on a
 * program that never ends (`repeat(.)`) and terminate this thread.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import jqReady from 'jq-web';
import type { JqReply, JqRequest } from './jqProtocol';

interface WorkerData {
  port: MessagePort;
  signal: Int32Array;
}

const { port, signal } = workerData as WorkerData;

function reply(message: JqReply): void {
  port.postMessage(message);
  Atomics.store(signal, 0, message.id);
  Atomics.notify(signal, 0);
}

/** jq's stderr without the name of the internal input file, which means nothing to a workflow author. */
function jqMessage(error: unknown): string {
  const stderr = (error as { stderr?: unknown }).stderr;
  const text = typeof stderr === 'string' && stderr !== '' ? stderr : String(error);
  return text.replace(/ \(at inputString:\d+\)/g, '').trim();
}

void jqReady.then((jq) => {
  port.on('message', (request: JqRequest) => {
    try {
      // jq-web returns undefined, not '', when the program emits nothing.
      reply({ id: request.id, ok: true, stdout: jq.raw(request.input, request.filter, ['-c']) ?? '' });
    } catch (error) {
      reply({ id: request.id, ok: false, error: jqMessage(error) });
    }
  });
  parentPort?.postMessage('ready');
});
