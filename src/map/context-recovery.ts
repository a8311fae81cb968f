import type { MapController, MapControllerEvents, MapControllerOptions } from './controller-types';
import { Emitter } from './emitter';

type EventType = keyof MapControllerEvents;

/** How long the browser gets to give a lost WebGL context back before the map is rebuilt. */
export const CONTEXT_RESTORE_TIMEOUT_MS = 3000;
/** Rebuilds tried one after another when creating a map fails (the browser may refuse WebGL for a while). */
const MAX_REBUILD_ATTEMPTS = 3;

/**
 * Wraps a map controller so that a WebGL context the browser does not restore within `restoreTimeoutMs` is
 * recovered without user action: the map is destroyed and created anew in the same container, every setter's last
 * call is replayed (setters are idempotent), and the app's event subscriptions move to the new map. The camera
 * survives in the URL hash, which the controller's `destroy()` leaves in place for the new map to read. React never sees a new controller, so nothing is remounted.
 *
 * It is a Proxy so that every method, including ones added to `MapController` later, is forwarded and replayed
 * without this file having to list them.
 */
export function withContextRecovery(
  options: MapControllerOptions,
  create: (options: MapControllerOptions) => MapController,
  restoreTimeoutMs = CONTEXT_RESTORE_TIMEOUT_MS,
): MapController {
  const events = new Emitter<MapControllerEvents>();
  const relayedTypes = new Set<EventType>(['context']);
  /** The last arguments of each `set*` call, in the order the setters were first called (overlay before selection). */
  const setterCalls = new Map<string, unknown[]>();
  let inner: MapController | null = null;
  let detach: () => void = () => {};
  let timer: ReturnType<typeof setTimeout> | undefined;
  let attempts = 0;

  const methodOf = (controller: MapController, name: PropertyKey) => {
    const value = (controller as unknown as Record<PropertyKey, unknown>)[name];
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(controller) : undefined;
  };

  const relay = <K extends EventType>(controller: MapController, type: K) =>
    controller.on(type, (event) => {
      if (type === 'context') onContext(event as MapControllerEvents['context']);
      events.emit(type, event);
    });

  const attach = (controller: MapController, rebuilt: boolean) => {
    inner = controller;
    const offs = [...relayedTypes].map((type) => relay(controller, type));
    if (rebuilt) {
      const offReady = controller.on('ready', () => {
        offReady();
        events.emit('context', { lost: false });
      });
      offs.push(offReady);
    }
    detach = () => offs.forEach((off) => off());
    for (const [name, args] of setterCalls) methodOf(controller, name)?.(...args);
  };

  const disarm = () => {
    clearTimeout(timer);
    timer = undefined;
  };

  const rebuild = () => {
    timer = undefined;
    detach();
    inner?.destroy();
    inner = null;
    try {
      attach(create(options), true);
      attempts = 0;
    } catch {
      attempts += 1;
      if (attempts < MAX_REBUILD_ATTEMPTS) timer = setTimeout(rebuild, restoreTimeoutMs);
    }
  };

  function onContext({ lost }: MapControllerEvents['context']) {
    if (!lost) disarm();
    else if (timer === undefined) timer = setTimeout(rebuild, restoreTimeoutMs);
  }

  const on = <K extends EventType>(type: K, handler: (event: MapControllerEvents[K]) => void) => {
    const off = events.on(type, handler);
    if (!relayedTypes.has(type)) {
      relayedTypes.add(type);
      if (inner) {
        const offRelay = relay(inner, type);
        const previous = detach;
        detach = () => {
          previous();
          offRelay();
        };
      }
    }
    return off;
  };

  const destroy = () => {
    disarm();
    detach();
    inner?.destroy();
    inner = null;
    events.clear();
  };

  const first = create(options);
  attach(first, false);
  return new Proxy({} as MapController, {
    get(_target, name) {
      if (name === 'on') return on;
      if (name === 'destroy') return destroy;
      // Optional methods stay optional: ask the controller class (the first instance) whether it has one.
      if (!methodOf(first, name)) return undefined;
      return (...args: unknown[]) => {
        if (typeof name === 'string' && name.startsWith('set')) setterCalls.set(name, args);
        return inner ? methodOf(inner, name)?.(...args) : undefined;
      };
    },
  });
}
