import type { WizardEvent } from '../../shared/ipc/contract-types.js';

export type EventSink = (event: WizardEvent) => void;

/**
 * Fans events out to every connected view. Until the first view is ready, events are held (bounded), so
 * the first log lines of a job started at launch are not lost while the page loads.
 */
export class EventHub {
  private readonly sinks = new Set<EventSink>();
  private held: WizardEvent[] = [];

  constructor(private readonly maxHeld = 10_000) {}

  emit = (event: WizardEvent): void => {
    if (this.sinks.size === 0) {
      if (this.held.length < this.maxHeld) this.held.push(event);
      return;
    }
    for (const sink of this.sinks) sink(event);
  };

  /** Adds a ready view; it receives whatever was held, in order. Returns the function that removes it. */
  connect(sink: EventSink): () => void {
    this.sinks.add(sink);
    const held = this.held;
    this.held = [];
    for (const event of held) sink(event);
    return () => this.sinks.delete(sink);
  }
}
