// In-process fan-out of new notifications to the open streams (SSE) of this process. The dispatcher
// publishes notifications after they are committed; a stream subscribes to the inboxes its caller may read. The
// database stays the source of truth: a stream that reconnects replays what it missed from the table.
import type { Audience, Notification } from './notificationTypes.ts';

export type NotificationListener = (notification: Notification) => void;

export const inboxKey = (audience: Audience, recipient: string): string => `${audience}:${recipient}`;

export class NotificationHub {
  private readonly listeners = new Map<string, Set<NotificationListener>>();
  private readonly closers = new Set<() => void>();
  /** Open streams by principal (role:subject). */
  private readonly streamsOf = new Map<string, number>();

  /** Counts one more open stream of `principal` unless it holds `max` already; returns the release function, or undefined when over. */
  claimStream(principal: string, max: number): (() => void) | undefined {
    const open = this.streamsOf.get(principal) ?? 0;
    if (max > 0 && open >= max) return undefined;
    this.streamsOf.set(principal, open + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.streamsOf.get(principal) ?? 1) - 1;
      if (left <= 0) this.streamsOf.delete(principal);
      else this.streamsOf.set(principal, left);
    };
  }

  /** Calls `listener` for each new notification of these inboxes; returns the unsubscribe function. */
  subscribe(keys: string[], listener: NotificationListener): () => void {
    for (const key of keys) {
      let set = this.listeners.get(key);
      if (!set) this.listeners.set(key, (set = new Set()));
      set.add(listener);
    }
    return () => {
      for (const key of keys) {
        const set = this.listeners.get(key);
        set?.delete(listener);
        if (set?.size === 0) this.listeners.delete(key);
      }
    };
  }

  publish(notifications: Notification[]): void {
    for (const notification of notifications) {
      for (const listener of this.listeners.get(inboxKey(notification.audience, notification.recipient)) ?? []) listener(notification);
    }
  }

  /** Registers how to end an open stream when the server closes; returns the unregister function. */
  onClose(closer: () => void): () => void {
    this.closers.add(closer);
    return () => this.closers.delete(closer);
  }

  /** Ends every open stream (server shutdown), so that closing the server does not wait for them. */
  closeAll(): void {
    for (const closer of [...this.closers]) closer();
    this.closers.clear();
  }

  get openStreams(): number {
    return this.closers.size;
  }
}
