/**
 * Main-side storage keyed by random ids: issued PKIs (with their private keys), imported CAs and
 * the folders the user chose. The renderer only ever holds the ids.
 */
import { randomBytes } from 'node:crypto';

/** A bounded id -> value map; the oldest entries go first so memory stays bounded. */
export class HandleStore<T> {
  private readonly entries = new Map<string, T>();

  constructor(private readonly capacity = 16) {}

  /** Stores a value and returns its new unguessable id (24 url-safe characters). */
  put(value: T): string {
    const id = randomBytes(18).toString('base64url');
    this.entries.set(id, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value as string;
      this.entries.delete(oldest);
    }
    return id;
  }

  /** The value for an id, or undefined when it was never handed out or has been evicted. */
  get(id: string): T | undefined {
    return this.entries.get(id);
  }

  /** Replaces the value of an id still held (a day-2 bundle once its CA is unlocked). */
  replace(id: string, value: T): boolean {
    if (!this.entries.has(id)) return false;
    this.entries.set(id, value);
    return true;
  }

  /** Forgets every entry (window closed, tests). */
  clear(): void {
    this.entries.clear();
  }
}
