// The engine's public API. Pure: no I/O, no clock, no randomness.
export type { Lang, Text } from './i18n/lang.ts';
export { inLang } from './i18n/lang.ts';
export { createAjv, createDefinitionAjv, SCHEMA_BASE, type Ajv } from './validation/createAjv.ts';
export { toValidationIssues, type ValidationIssue } from './validation/validationIssues.ts';
export { CHINESE_FORMATS } from './formats/chineseFormats.ts';
export { residentIdCheckChar, residentIdProblem } from './formats/residentId.ts';
export { creditCodeCheckChar, creditCodeProblem } from './formats/unifiedCreditCode.ts';
export { bankCardProblem } from './formats/bankCard.ts';
export { divisionCodeProblem, townshipCodeProblem } from './formats/divisionCode.ts';
export { FORM_FORMATS, type FormFormat } from './formats/formFormats.ts';
export { divisionLevels, divisionName, divisionPath, indexDivisions, type DivisionNames, type DivisionNode } from './divisions/divisionName.ts';
export { describeIssue, issueOf, pointer, type DefinitionIssue } from './definition/definitionIssue.ts';
export { DEFINITION_ISSUE_CODES, type DefinitionIssueCode } from './definition/definitionIssueCode.ts';
export { kindOf, type DocumentKind } from './definition/documentKind.ts';
export {
  loadDefinitions,
  STANDARD_DICTIONARY,
  STANDARD_DICTIONARY_FILE,
  type DefinitionSet,
  type LoadOptions,
  type LoadResult,
  type Located,
  type SourceDocument,
} from './definition/loadDefinitions.ts';
export { indexDictionaries, type DictionaryIndex } from './definition/dictionaryIndex.ts';
export { elementWords, eLicenceWords, type Words } from './definition/matterPlace.ts';
export { matterProblems, type MatterProblem } from './definition/matterProblems.ts';
export { matterFormSchema, MATTERS_KEY } from './form/matterFormSchema.ts';
export type { JsonSchema } from './form/valueSchema.ts';
export { includedMatters } from './bundle/includedMatters.ts';
export { checkSample, type SampleCheck } from './bundle/checkSample.ts';
export { sampleExpectationIssues } from './bundle/sampleExpectation.ts';
export { compileBundle, CompiledBundle, type ApplicationValidation, type BundleDefinitions } from './bundle/compiledBundle.ts';
export { mergedForm, type MergedForm, type MergedEntity, type MergedField } from './form/mergedForm.ts';
export { undefinedFields, withinForm } from './form/formFields.ts';
export {
  oneTimeNotice,
  type NoticeMaterial,
  type NoticeMatter,
  type OneTimeNotice,
  type SharedAvailability,
  type Waiver,
} from './notice/oneTimeNotice.ts';
export { renderNotice, formatDays } from './notice/renderNotice.ts';
export { bundleMetrics, workingDaysOf, type BeforeAfter, type BundleMetrics } from './metrics/bundleMetrics.ts';
export { criticalPath, type CriticalPath, type PathNode } from './metrics/criticalPath.ts';
export { projectForMatter } from './form/projectForMatter.ts';
export { deepMerge } from './bundle/deepMerge.ts';
export { sharedDataRequest, type SharedDataRequest } from './sharedData/sharedDataRequest.ts';
export {
  acceptedResolution,
  availabilityOf,
  nothingShared,
  sharedDataOf,
  type SharedDataResolution,
  type SharedELicence,
  type SharedValue,
} from './sharedData/sharedDataResolution.ts';
export { prefillOf, type FieldCheck, type Prefill, type PrefillSource } from './sharedData/prefill.ts';
export { recordedProvenance, valueProvenance, withPrefill, type ValueProvenance } from './sharedData/valueProvenance.ts';
export { leavesOf, pointerOf, tokensOf, valueAt } from './sharedData/jsonPointer.ts';
export { changedPointers, isMatterFieldPointer, lockedChanges, lockedUiSchema, pointerSegments } from './form/supplementFields.ts';
export { WorkingDayCalendar } from './calendar/WorkingDayCalendar.ts';
export { deadlineOf } from './calendar/deadlineOf.ts';
export { dueAt } from './calendar/dueAt.ts';
export { warningAt, warningDays } from './calendar/warningAt.ts';
export { pausedDeadline, type PausedDeadline } from './calendar/pausedDeadline.ts';
export { matterDeadline, rebasedDeadline, WARNING_FRACTION, type DeadlineRebase, type HeldDeadline, type MatterDeadline } from './calendar/matterDeadline.ts';
export { addCalendarDays } from './calendar/addCalendarDays.ts';
export { CHINA_STANDARD_OFFSET, endOfLocalDay, epochMillisOf, localDateOf, offsetMinutesOf } from './calendar/localTime.ts';
export { calendarRegionOf, divisionPrefix, NATIONAL_REGION, overlayApplies, regionalCalendar } from './calendar/regionalCalendar.ts';
export { NATIONAL_CALENDARS, NATIONAL_CALENDAR_ID, nationalCalendar } from './calendar/nationalCalendar.ts';
export { parseHolidayNotice, type ParseHolidayNoticeOptions, type ParseHolidayNoticeResult } from './calendar/parseHolidayNotice.ts';
export { HOLIDAY_NOTICE_PROBLEM_CODES, type HolidayNoticeProblem, type HolidayNoticeProblemCode } from './calendar/holidayNoticeProblem.ts';
export {
  CALENDAR_ERROR_CODES,
  CalendarError,
  InvalidCalendarError,
  InvalidDateError,
  type CalendarErrorCode,
  type DateValueKind,
} from './calendar/calendarErrors.ts';
export {
  createApplicationMachine,
  type ApplicationMachine,
  type ApplicationMachineOptions,
  type ApplicationSnapshot,
} from './flow/createApplicationMachine.ts';
export { restoreApplication, machineBundle } from './flow/restoreApplication.ts';
export {
  initialApplicationSnapshot,
  restoreApplicationSnapshot,
  applyApplicationEvent,
  persistApplication,
  type PersistedApplication,
} from './flow/applicationLogic.ts';
export { applicationStatus, type ApplicationStatus, type ApplicationStatusCode, type ApplicationPhase } from './flow/applicationStatus.ts';
export { isWithdrawable } from './flow/withdrawal.ts';
export { onlineFee, fenToYuan, type OnlineFee } from './flow/matterFee.ts';
export {
  APPLICATION_EVENT_TYPES,
  type ApplicationEvent,
  type ApplicationEventType,
  type MatterEvent,
  type PayEvent,
  type SubmitEvent,
  type ApproveEvent,
  type RejectEvent,
  type AcceptEvent,
  type ReturnEvent,
  type SupplementEvent,
  type DeadlineWarningEvent,
  type OverdueEvent,
  type IssueEvent,
  type IssuedResult,
  type StepEvent,
  type CompleteStepEvent,
  type SignStepEvent,
  type AddSignerEvent,
  type SendBackEvent,
} from './flow/applicationEvent.ts';
export {
  DEPENDENCY_REJECTED,
  REGION_STATUSES,
  type ApplicationContext,
  type MatterRecord,
  type Pause,
  type MatterStatus,
  type RegionStatus,
  type AutoApprovalRecord,
  type StepDone,
  type RecordedResult,
  type ReceivedValue,
} from './flow/applicationContext.ts';
export { reviewStepsOf, stepMode, resultFieldKey, signaturesComplete, type StepSignature, type AddedSigner } from './review/reviewSteps.ts';
export { stepResultSchema } from './review/stepResultSchema.ts';
export { DEFAULT_STEP_LEAD, stepLead, stepDeadline, escalationAt, transferToLeadAfter } from './review/stepDeadline.ts';
export { createSubmissionEvaluator, type Submission, type SubmissionEvaluator } from './flow/submissionEvaluator.ts';
export { FlowError, type FlowErrorCode } from './flow/flowError.ts';
export { regionKey, matterIdOfRegion } from './flow/regionKey.ts';
export {
  bundleGraph,
  START_NODE,
  ISSUANCE_NODE,
  END_NODE,
  type FlowGraph,
  type FlowNode,
  type FlowNodeKind,
  type FlowEdge,
  type FlowLane,
} from './flow/bundleGraph.ts';
export { isPlainShape, LOCAL_ENTITY, localDictionaries, PLAIN_FIELD_SHAPES, type PlainFieldKind } from './definition/localDictionary.ts';
