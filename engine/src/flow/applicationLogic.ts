// The runtime's fast path through the application statechart: restore a persisted snapshot, apply events
// and persist the result with the machine's own transition logic (xstate's `machine.transition`, the pure
// function an actor calls), without an actor per command. Same machine, same semantics as
// `restoreApplication` + `send` + `getPersistedSnapshot()`; measured 1.3–1.6× faster on the newborn
// bundle (npm run bench), mostly because an actor and its system are not built and torn down per command
// and a restore of a state value already seen reuses the state nodes xstate resolved for it.
import { createActor, type ActorScope, type ActorSystem } from 'xstate';
import type { ApplicationContext } from './applicationContext.ts';
import type { ApplicationEvent } from './applicationEvent.ts';
import type { ApplicationMachine, ApplicationSnapshot } from './createApplicationMachine.ts';
import { FlowError } from './flowError.ts';
import { machineBundle } from './restoreApplication.ts';

/** What `getPersistedSnapshot()` gives for an application machine: JSON, no application data. */
export interface PersistedApplication {
  status: ApplicationSnapshot['status'];
  value: ApplicationSnapshot['value'];
  historyValue: Record<string, never>;
  context: ApplicationContext;
  children: Record<string, never>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- xstate's own AnyActorSystem
type Scope = ActorScope<ApplicationSnapshot, ApplicationEvent, ActorSystem<any>>;

interface MachineCache {
  scope: Scope;
  bundleId: string;
  bundleVersion: string;
  initial: ApplicationSnapshot;
  /** Restored snapshots with an empty context, by status and state value. */
  templates: Map<string, ApplicationSnapshot>;
}

/** Distinct state values kept per machine (a bundle of n matters has at most a few hundred in practice). */
const MAX_TEMPLATES = 2_000;

const caches = new WeakMap<ApplicationMachine, MachineCache>();

function cacheOf(machine: ApplicationMachine): MachineCache {
  let cache = caches.get(machine);
  if (!cache) {
    // The actor is never started: it only lends the machine's transition logic a `self` and a system.
    // Every action of the machine is an assign, so nothing is ever executed through the scope.
    const self = createActor(machine);
    const scope: Scope = {
      self,
      id: '',
      sessionId: '',
      logger: () => {},
      defer: () => {},
      emit: () => {},
      system: self.system,
      stopChild: () => {},
      actionExecutor: () => {},
    };
    cache = { scope, ...machineBundle(machine), initial: self.getSnapshot(), templates: new Map() };
    caches.set(machine, cache);
  }
  return cache;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const isEmpty = (value: unknown): boolean => {
  if (value === undefined) return true;
  if (!isRecord(value)) return false;
  for (const key in value) if (Object.hasOwn(value, key)) return false;
  return true;
};

function invalid(zh: string, en: string): FlowError {
  return new FlowError('SNAPSHOT_INVALID', { zh: `申请快照无效：${zh}`, en: `invalid application snapshot: ${en}` });
}

/** A new application (draft), before SUBMIT. */
export function initialApplicationSnapshot(machine: ApplicationMachine): ApplicationSnapshot {
  return cacheOf(machine).initial;
}

/**
 * The snapshot of an application persisted by `persistApplication` (or an actor's
 * `getPersistedSnapshot()`), parsed from JSON. Throws FlowError SNAPSHOT_MISMATCH when it was written for
 * another bundle or bundle version, SNAPSHOT_INVALID when it is not an application snapshot of this
 * machine (unknown state, no context). The context is taken as it is: it is the machine's own output.
 */
export function restoreApplicationSnapshot(machine: ApplicationMachine, persisted: unknown): ApplicationSnapshot {
  const cache = cacheOf(machine);
  const context = isRecord(persisted) ? persisted.context : undefined;
  if (!isRecord(persisted) || !isRecord(context) || typeof context.bundleId !== 'string' || typeof context.bundleVersion !== 'string') {
    throw invalid('缺少一件事标识或版本', 'no bundle id or version');
  }
  if (context.bundleId !== cache.bundleId || context.bundleVersion !== cache.bundleVersion) {
    const found = `${context.bundleId}@${context.bundleVersion}`;
    const wanted = `${cache.bundleId}@${cache.bundleVersion}`;
    throw new FlowError('SNAPSHOT_MISMATCH', {
      zh: `申请快照属于 ${found}，与流程 ${wanted} 不符`,
      en: `the application snapshot belongs to ${found}, not ${wanted}`,
    });
  }
  const { status, value } = persisted;
  if ((status !== 'active' && status !== 'done') || !isEmpty(persisted.historyValue) || !isEmpty(persisted.children) || persisted.output !== undefined) {
    throw invalid(`状态 ${String(status)}`, `status ${String(status)}`);
  }
  // Resolving a state value to xstate's state nodes is most of a restore's cost: it is done once per
  // distinct value (and status), with an empty context; the snapshot is that template with this context.
  const key = `${status} ${JSON.stringify(value)}`;
  let template = cache.templates.get(key);
  if (!template) {
    try {
      template = machine.restoreSnapshot({ status, value, historyValue: {}, context: {}, children: {} } as never, cache.scope);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw invalid(reason, reason);
    }
    if (cache.templates.size >= MAX_TEMPLATES) cache.templates.clear();
    cache.templates.set(key, template);
  }
  return { ...template, context: context as unknown as ApplicationContext, children: {} };
}

/**
 * The snapshot after `event`: exactly what an actor in `snapshot` would be in after `send(event)`. An
 * event the machine does not accept (`snapshot.can(event)` is false) returns `snapshot` itself.
 */
export function applyApplicationEvent(machine: ApplicationMachine, snapshot: ApplicationSnapshot, event: ApplicationEvent): ApplicationSnapshot {
  if (snapshot.status !== 'active') return snapshot;
  return machine.transition(snapshot, event, cacheOf(machine).scope);
}

/** The snapshot as JSON-ready data, the same as an actor's `getPersistedSnapshot()`. */
export function persistApplication(snapshot: ApplicationSnapshot): PersistedApplication {
  return { status: snapshot.status, value: snapshot.value, historyValue: {}, context: snapshot.context, children: {} };
}
