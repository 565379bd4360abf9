import type { AppController } from '../app/app-controller';

/**
 * Lets one call have the workspace to itself across `await`s. An import writes its rows in one
 * transaction but hands the event loop back between slices, so that its progress can be asked
 * for; meanwhile no other call may run on the same connection (it would see, or join, the
 * half-written transaction). Calls enter the gate; an exclusive section waits until every other
 * call has left and holds new ones at the door until it ends. `imports.progress` never enters.
 */
export class CallGate {
  private active = 0;
  private closed: Promise<void> | null = null;
  private idle: Array<() => void> = [];

  /** An exclusive section (an import's transaction) runs or waits to run. */
  get exclusiveHeld(): boolean {
    return this.closed !== null;
  }

  /** A call starts: waits while an exclusive section runs. */
  async enter(): Promise<void> {
    while (this.closed) await this.closed;
    this.active += 1;
  }

  /** A call ends. */
  leave(): void {
    this.active -= 1;
    if (this.active === 0) for (const wake of this.idle.splice(0)) wake();
  }

  /** Runs `work` once no other call is running, holding new calls until it ends. Called from inside a call that entered. */
  async exclusive<R>(work: () => Promise<R>): Promise<R> {
    // This call steps aside while it waits, so two calls asking for the gate cannot wait on each other.
    this.leave();
    while (this.closed) await this.closed;
    let open!: () => void;
    this.closed = new Promise<void>((resolve) => (open = resolve));
    try {
      while (this.active > 0) await new Promise<void>((resolve) => this.idle.push(resolve));
      return await work();
    } finally {
      this.closed = null;
      open();
      this.active += 1;
    }
  }
}

const gates = new WeakMap<AppController, CallGate>();

/** The gate of one app (one open workspace connection at a time). */
export function callGate(app: AppController): CallGate {
  let gate = gates.get(app);
  if (!gate) {
    gate = new CallGate();
    gates.set(app, gate);
  }
  return gate;
}
