/**
 * Event handlers: `/api/event` (reference/conductor.md §3.4, §1.9).
 */
import type { EventHandler } from '../../../common/src/model';
import type { HttpClient } from './http';
import { segment } from './metadataApi';

const BASE = '/api/event';

/** Event handler calls of one server. */
export class EventApi {
  constructor(private readonly http: HttpClient) {}

  /** All event handlers. */
  list(): Promise<EventHandler[]> {
    return this.http.request('GET', BASE);
  }

  /** Adds one; 409 when the name exists. */
  async add(handler: EventHandler): Promise<void> {
    await this.http.request('POST', BASE, { body: handler });
  }

  /** Replaces one; 404 when the name is unknown. */
  async update(handler: EventHandler): Promise<void> {
    await this.http.request('PUT', BASE, { body: handler });
  }

  /** Removes one by name. */
  async delete(name: string): Promise<void> {
    await this.http.request('DELETE', `${BASE}/${segment(name)}`);
  }
}
