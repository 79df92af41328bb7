/**
 * Event handler CRUD, `/api/event` (reference/conductor.md §3.4, model §1.9).
 */
import type { EventHandler } from '../../../common/src/model';
import type { Router } from '../http';
import { ConflictError, NotFoundError, empty, json } from '../http';
import type { Store } from '../store';
import { asEventHandler } from './metadataShape';
import { registrationErrors, throwIfInvalid } from './metadataValidation';
import { EVENT_HANDLER_FIELDS, keepFields } from './modelFields';

const BASE = '/api/event';

/**
 * §1.9: `active` is a Java boolean defaulting to false, which Conductor always serializes; keys that are no
 * EventHandler field are dropped (§0 fact 1).
 */
function withDefaults(handler: EventHandler): EventHandler {
  return { ...keepFields(handler, EVENT_HANDLER_FIELDS), active: handler.active ?? false };
}

/** Registers the event handler routes on `router`. */
export function registerEventRoutes(router: Router, store: Store): void {
  router.route('POST', BASE, (request) => {
    const handler = asEventHandler(request.json());
    throwIfInvalid(registrationErrors(handler, 'event', 'addEventHandler.eventHandler'));
    store.transaction(() => {
      if (store.eventHandlers.get(handler.name)) {
        throw new ConflictError(`EventHandler with name ${handler.name} already exists!`);
      }
      store.eventHandlers.put(withDefaults(handler));
    });
    return empty();
  });
  router.route('PUT', BASE, (request) => {
    const handler = asEventHandler(request.json());
    throwIfInvalid(registrationErrors(handler, 'event', 'updateEventHandler.eventHandler'));
    store.transaction(() => {
      if (!store.eventHandlers.get(handler.name)) {
        throw new NotFoundError(`EventHandler with name ${handler.name} not found!`);
      }
      store.eventHandlers.put(withDefaults(handler));
    });
    return empty();
  });
  router.route('DELETE', `${BASE}/{name}`, (request) => {
    const name = request.param('name');
    if (!store.eventHandlers.delete(name)) throw new NotFoundError(`EventHandler with name ${name} not found!`);
    return empty();
  });
  router.route('GET', BASE, () => json(store.eventHandlers.list()));
  router.route('GET', `${BASE}/{event}`, (request) =>
    json(store.eventHandlers.listForEvent(request.param('event'), request.query.bool('activeOnly', true))),
  );
}
