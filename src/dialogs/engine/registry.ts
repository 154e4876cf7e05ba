import type { Dialog } from "../types.ts";

/** The dialogs a runtime can start or resume, keyed by a stable name stored with each session. */
export class DialogRegistry {
  private readonly dialogs = new Map<string, Dialog<never>>();

  /** Registers a dialog. The name is persisted: renaming one ends its waiting sessions. */
  add<A>(name: string, dialog: Dialog<A>): this {
    if (this.dialogs.has(name)) throw new Error(`dialog "${name}" is already registered`);
    this.dialogs.set(name, dialog);
    return this;
  }

  get(name: string): Dialog<unknown> | undefined {
    return this.dialogs.get(name) as Dialog<unknown> | undefined;
  }

  has(name: string): boolean {
    return this.dialogs.has(name);
  }
}
