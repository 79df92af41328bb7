/** Messages between {@link JqRunner} and its worker thread. */

/** A jq program and its input as JSON text; `id` ties the reply to it (and is what the signal is set to). */
export interface JqRequest {
  id: number;
  filter: string;
  input: string;
}

/** jq's compact stdout (one output per line), or jq's error message. */
export type JqReply = { id: number; ok: true; stdout: string } | { id: number; ok: false; error: string };
