/**
 * A localStorage for Node that can fail the way browsers do: any call can throw
 * (QuotaExceededError, SecurityError, anything), writes can start failing after
 * a count, and a quota (in characters of keys and values, as browsers count it)
 * makes a write that would pass it throw QuotaExceededError. `install` puts it
 * on globalThis; `installDenied` makes reading `localStorage` itself throw, as a
 * sandboxed frame or blocked cookies do.
 */
type Call = "getItem" | "setItem" | "removeItem" | "key" | "length";

export const quotaError = () =>
  new DOMException("The quota has been exceeded.", "QuotaExceededError");
export const securityError = () => new DOMException("Access is denied.", "SecurityError");

export class FaultyStorage {
  private items = new Map<string, string>();
  /** Calls that throw, and what they throw. */
  failing: Partial<Record<Call, () => unknown>> = {};
  /** Writes that succeed before every later one throws QuotaExceededError (null: no limit). */
  writesLeft: number | null = null;
  /** Characters of keys and values the storage holds at most (null: no quota). */
  quota: number | null = null;
  /** Every successful setItem, in order (key only). */
  readonly writes: string[] = [];

  private check(call: Call): void {
    const fail = this.failing[call];
    if (fail) throw fail();
  }

  get length(): number {
    this.check("length");
    return this.items.size;
  }
  key(i: number): string | null {
    this.check("key");
    return [...this.items.keys()][i] ?? null;
  }
  getItem(k: string): string | null {
    this.check("getItem");
    return this.items.get(k) ?? null;
  }
  setItem(k: string, v: string): void {
    this.check("setItem");
    if (this.writesLeft !== null) {
      if (this.writesLeft <= 0) throw quotaError();
      this.writesLeft--;
    }
    const value = String(v);
    if (this.quota !== null) {
      const others =
        this.used() - (this.items.has(k) ? k.length + (this.items.get(k)?.length ?? 0) : 0);
      if (others + k.length + value.length > this.quota) throw quotaError();
    }
    this.items.set(k, value);
    this.writes.push(k);
  }
  removeItem(k: string): void {
    this.check("removeItem");
    this.items.delete(k);
  }
  clear(): void {
    this.items.clear();
  }
  /** Test-side access, never failing. */
  peek(k: string): string | null {
    return this.items.get(k) ?? null;
  }
  put(k: string, v: string): void {
    this.items.set(k, v);
  }
  keys(): string[] {
    return [...this.items.keys()];
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.items) n += k.length + v.length;
    return n;
  }
  /** Stops every fault (to look at what was kept, as a reload in a working browser would). */
  heal(): void {
    this.failing = {};
    this.writesLeft = null;
    this.quota = null;
  }
}

export function install(storage: FaultyStorage): void {
  Object.defineProperty(globalThis, "localStorage", { value: storage, configurable: true });
}

export function installDenied(): void {
  Object.defineProperty(globalThis, "localStorage", {
    get() {
      throw securityError();
    },
    configurable: true,
  });
}

export function uninstall(): void {
  Reflect.deleteProperty(globalThis, "localStorage");
}
