/**
 * Keys seen within a time window, so a per-message check or write runs at most once per window
 * per key (a chat made reachable again, a group member noted, a group's members looked up).
 */
export class RecentlySeen {
  private readonly at = new Map<string, number>();
  constructor(
    private readonly now: () => Date,
    private readonly windowMs: number,
  ) {}

  seen(key: string): boolean {
    const now = this.now().getTime();
    const last = this.at.get(key);
    if (last !== undefined && now - last < this.windowMs) return true;
    if (this.at.size >= 50_000) this.at.clear();
    this.at.set(key, now);
    return false;
  }
}
