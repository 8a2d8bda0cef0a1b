// Persisted snapshot → running actor, refusing a snapshot written for another bundle or version.
import { createActor, type Actor, type Snapshot } from 'xstate';
import type { ApplicationMachine } from './createApplicationMachine.ts';
import { FlowError } from './flowError.ts';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The bundle id and version an application machine was made for. */
export function machineBundle(machine: ApplicationMachine): { bundleId: string; bundleVersion: string } {
  const initial = machine.config.context;
  if (!isRecord(initial) || typeof initial.bundleId !== 'string' || typeof initial.bundleVersion !== 'string') {
    throw new TypeError('not an application machine');
  }
  return { bundleId: initial.bundleId, bundleVersion: initial.bundleVersion };
}

/**
 * A started actor continuing from `persisted` (the JSON of `getPersistedSnapshot()`). Throws FlowError
 * SNAPSHOT_MISMATCH when it was written for another bundle or bundle version, SNAPSHOT_INVALID when it is
 * not an application snapshot of this machine.
 */
export function restoreApplication(machine: ApplicationMachine, persisted: unknown): Actor<ApplicationMachine> {
  const invalid = (zh: string, en: string) => new FlowError('SNAPSHOT_INVALID', { zh: `申请快照无效：${zh}`, en: `invalid application snapshot: ${en}` });
  const context = isRecord(persisted) ? persisted.context : undefined;
  if (!isRecord(context) || typeof context.bundleId !== 'string' || typeof context.bundleVersion !== 'string') {
    throw invalid('缺少一件事标识或版本', 'no bundle id or version');
  }
  const { bundleId, bundleVersion } = machineBundle(machine);
  if (context.bundleId !== bundleId || context.bundleVersion !== bundleVersion) {
    const found = `${context.bundleId}@${context.bundleVersion}`;
    const wanted = `${bundleId}@${bundleVersion}`;
    throw new FlowError('SNAPSHOT_MISMATCH', {
      zh: `申请快照属于 ${found}，与流程 ${wanted} 不符`,
      en: `the application snapshot belongs to ${found}, not ${wanted}`,
    });
  }
  const actor = createActor(machine, { snapshot: persisted as Snapshot<unknown> });
  const restored: Snapshot<unknown> = actor.getSnapshot();
  if (restored.status === 'error') {
    const reason = restored.error instanceof Error ? restored.error.message : String(restored.error);
    throw invalid(reason, reason);
  }
  return actor.start();
}
