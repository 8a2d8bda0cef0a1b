// A deadline timer fired (scheduler.ts): the matter is told its deadline is near (DEADLINE_WARNING) or
// passed (OVERDUE), unless a loaded holiday schedule moved the timer later since it was read
// (calendars/deadlineRebase.ts): then nothing is sent and the timer stays scheduled. A step's own deadline
// and the escalation to its lead are timers too (escalation/escalationCommand.ts).
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';
import { decideEscalation, writeEscalation, type EscalationTimerKind, type EscalationWrites } from '../escalation/escalationCommand.ts';

export type TimerKind = 'warning' | 'overdue' | EscalationTimerKind;

export interface TimerCommand extends ApplicationCommand {
  readonly kind: 'timer';
  readonly timerId: number;
  readonly timer: TimerKind;
  readonly matterId: string;
  /** The step whose deadline it is (migration 026); null for the matter's own. */
  readonly stepId: string | null;
}

/** The timer is due later than when it was read: it stays scheduled. */
export class TimerMoved extends Error {}

export const timerCommand: CommandHandler<TimerCommand, EscalationWrites> = {
  async decide(command, state) {
    const current = await state.reads('timers').where({ id: command.timerId, status: 'scheduled' }).first<{ due_at: string } | undefined>('due_at');
    if (current && current.due_at > state.now) throw new TimerMoved();
    if (command.timer === 'warning' || command.timer === 'overdue') {
      return { events: [{ type: command.timer === 'warning' ? 'DEADLINE_WARNING' : 'OVERDUE', matterId: command.matterId, at: state.now }] };
    }
    return decideEscalation({ ...command, timer: command.timer }, state);
  },
  write: writeEscalation,
};
