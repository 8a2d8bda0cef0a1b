// Every command on applications, and the handler of each kind: the rule behind a command lives with its
// resource (a decision with the tasks, a supplement with the applications, a fired timer with the timers).
import { submitCommand } from '../applications/applicationService.ts';
import { supplementCommand, type SupplementCommand } from '../applications/supplementService.ts';
import { withdrawCommand, type WithdrawCommand } from '../applications/withdrawalService.ts';
import { decideCommand, type DecideCommand } from '../tasks/decisionService.ts';
import { handleCommand, type HandleCommand } from '../tasks/taskHandling.ts';
import { issueCommand, type IssueCommand } from '../issuance/issueCommand.ts';
import { payCommand, type PayCommand } from '../payments/payCommand.ts';
import { timerCommand, type TimerCommand } from '../timers/timerCommand.ts';
import type { CommandHandlers } from './applicationCommand.ts';

/** A command on an existing application. */
export type AnyCommand = DecideCommand | SupplementCommand | TimerCommand | HandleCommand | WithdrawCommand | IssueCommand | PayCommand;

export const COMMAND_HANDLERS: CommandHandlers<AnyCommand> = {
  submit: submitCommand,
  decide: decideCommand,
  supplement: supplementCommand,
  timer: timerCommand,
  handle: handleCommand,
  withdraw: withdrawCommand,
  issue: issueCommand,
  pay: payCommand,
};
