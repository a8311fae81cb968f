/** A minimal typed event emitter: `on` returns its own unsubscribe, so listeners are removed symmetrically. */
export class Emitter<Events extends object> {
  private readonly handlers = new Map<keyof Events, Set<(event: never) => void>>();

  on<K extends keyof Events>(type: K, handler: (event: Events[K]) => void): () => void {
    const set = this.handlers.get(type) ?? new Set();
    set.add(handler as (event: never) => void);
    this.handlers.set(type, set);
    return () => set.delete(handler as (event: never) => void);
  }

  emit<K extends keyof Events>(type: K, event: Events[K]): void {
    for (const handler of this.handlers.get(type) ?? []) (handler as (event: Events[K]) => void)(event);
  }

  /** How many listeners are installed: leak checks count these. */
  get size(): number {
    let total = 0;
    for (const set of this.handlers.values()) total += set.size;
    return total;
  }

  clear(): void {
    this.handlers.clear();
  }
}
