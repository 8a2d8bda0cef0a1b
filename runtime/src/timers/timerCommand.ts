// A deadline timer fired (scheduler.ts): the matter is told its deadline is near (DEADLINE_WARNING) or
// passed (OVERDUE), unless a loaded holiday schedule moved the timer later since it was read
// (calendars/deadlineRebase.ts): then nothing is sent and the timer stays scheduled.
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';

export interface TimerCommand extends ApplicationCommand {
  readonly kind: 'timer';
  readonly timerId: number;
  readonly timer: 'warning' | 'overdue';
  readonly matterId: string;
}

/** The timer is due later than when it was read: it stays scheduled. */
export class TimerMoved extends Error {}

export const timerCommand: CommandHandler<TimerCommand, never> = {
  async decide(command, { now, reads }) {
    const current = await reads('timers').where({ id: command.timerId, status: 'scheduled' }).first<{ due_at: string } | undefined>('due_at');
    if (current && current.due_at > now) throw new TimerMoved();
    return { events: [{ type: command.timer === 'warning' ? 'DEADLINE_WARNING' : 'OVERDUE', matterId: command.matterId, at: now }] };
  },
};
