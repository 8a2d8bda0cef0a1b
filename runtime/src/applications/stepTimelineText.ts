// The review-step and task-handling events of the timeline in plain words (issue #16): for the applicant
// "公安局 审查 已完成", naming the department and the step, never an officer; for an officer of the
// matter's department the same with who did it, by name ("张三 签收了「受理」"). Other events: none (the
// web app words them by type).
import { inLang, type CompiledBundle, type Lang, type Text } from '@onego/engine';

const WORDS = {
  zh: {
    COMPLETE_STEP: '{step} 已完成',
    SIGN_STEP: '{step} 已会签',
    SEND_BACK: '{step} 退回至「{to}」重新办理',
    ADD_SIGNER: '{step} 加签',
    TASK_CLAIMED: '{step} 已签收',
    TASK_ASSIGNED: '{step} 已指派',
    TASK_TRANSFERRED: '{step} 已转办',
    TASK_DELEGATED: '{step} 已委派',
    TASK_HANDED_BACK: '{step} 委派办理完毕，已交回',
    STEP_DEADLINE_WARNING: '{step} 即将到期',
    STEP_OVERDUE: '{step} 已超过环节时限',
    TASK_ESCALATED: '{step} 超期未办，已移交负责人',
  },
  en: {
    COMPLETE_STEP: '{step} completed',
    SIGN_STEP: '{step} signed',
    SEND_BACK: '{step} sent back to “{to}”',
    ADD_SIGNER: '{step}: a signer added',
    TASK_CLAIMED: '{step} claimed',
    TASK_ASSIGNED: '{step} assigned',
    TASK_TRANSFERRED: '{step} transferred',
    TASK_DELEGATED: '{step} delegated',
    TASK_HANDED_BACK: '{step} handed back after delegation',
    STEP_DEADLINE_WARNING: '{step} due soon',
    STEP_OVERDUE: '{step} past its time limit',
    TASK_ESCALATED: '{step} overdue: moved to the lead',
  },
} as const;

type Worded = keyof (typeof WORDS)['zh'];
const isWorded = (type: string): type is Worded => type in WORDS.zh;

const OFFICER_WORDS = {
  zh: { by: '{name}：', to: '（给{to}）', signer: '（{to}）' },
  en: { by: '{name}: ', to: ' (to {to})', signer: ' ({to})' },
} as const;

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/** The event in plain words, or undefined for an event the web app words by its type. */
export function stepTimelineText(
  event: { type: string; matter_id: string | null; payload: unknown },
  compiled: CompiledBundle,
  lang: Lang,
  forOfficer: boolean,
): string | undefined {
  if (!isWorded(event.type) || event.matter_id === null) return undefined;
  const matter = compiled.matters.get(event.matter_id);
  const payload = (typeof event.payload === 'object' && event.payload !== null ? event.payload : {}) as Record<string, unknown>;
  const steps = matter?.review?.steps ?? [];
  const stepName = (id: unknown) => {
    const step = steps.find((s) => s.id === id);
    return step ? inLang(step.name, lang) : '';
  };
  const step = payload['stepName'] ? inLang(payload['stepName'] as Text, lang) : stepName(payload['stepId']);
  const department = matter ? inLang(matter.department.name, lang) : '';
  const line = WORDS[lang][event.type].replace('{step}', `${department} ${step}`.trim()).replace('{to}', stepName(payload['to']));
  if (!forOfficer) return line;
  const words = OFFICER_WORDS[lang];
  const name = str(payload['byName']);
  const to = str(payload['toName']) ?? str(payload['signerName']);
  return `${name ? words.by.replace('{name}', name) : ''}${line}${to ? (event.type === 'ADD_SIGNER' ? words.signer : words.to).replace('{to}', to) : ''}`;
}
