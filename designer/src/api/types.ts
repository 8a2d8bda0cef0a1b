// The shapes of the runtime's responses the web app reads, named from the types generated from the OpenAPI
// document (generated/openapi.ts, `npm run gen`). The document is the contract: when the web app needs a
// field it does not describe, the route's declaration (runtime/src/<resource>/…Schemas.ts) says so first.
import type { components } from './generated/openapi.ts';

type Schemas = components['schemas'];

/** A field error of a 422 VALIDATION_FAILED (ApiError.fieldErrors). */
export type FieldError = Schemas['ValidationError']['errors'][number];

export type BundleSummary = Schemas['BundleSummary'];
export type BundleDetail = Schemas['BundleDetail'];
export type BundleVersions = Schemas['BundleVersions'];
export type BundleDraftSummary = Schemas['BundleDraftSummary'];
export type BundleDraft = Schemas['BundleDraft'];
export type DraftSaved = Schemas['DraftSaved'];
export type DefinitionIssue = Schemas['DefinitionIssue'];
export type Preview = Schemas['Preview'];
export type SharedSource = Schemas['SharedSource'];
export type SignInMethods = Schemas['SignInMethods'];
export type DevLogin = Schemas['DevLogin'];
export type DemoOfficer = Schemas['DemoOfficer'];

export type Draft = Schemas['Draft'];
export type OnBehalfOf = Schemas['OnBehalfOf'];
export type DraftParty = Schemas['DraftParty'];
export type CoApplicationSummary = Schemas['CoApplicationSummary'];
export type CoApplication = Schemas['CoApplication'];
export type Confirmation = Schemas['Confirmation'];
export type DraftMaterialUpload = Schemas['DraftMaterialUpload'];
export type ApplicationCreated = Schemas['ApplicationCreated'];
export type ApplicationSummary = Schemas['ApplicationSummary'];
export type Application = Schemas['Application'];
export type DocumentVerification = Schemas['DocumentVerification'];
export type ContactPreferences = Schemas['ContactPreferences'];
export type ApplicationMaterial = Schemas['ApplicationMaterial'];
export type MaterialUpload = Schemas['MaterialUpload'];
export type TimelineEvent = Schemas['TimelineEvent'];
export type SupplementView = Schemas['SupplementView'];
/** What a material accepts, as the definition format says (schemas/matter.schema.json). */
export type UploadLimits = NonNullable<SupplementView['matters'][number]['materials'][number]['upload']>;

export type Task = Schemas['Task'];
export type TaskDetail = Schemas['TaskDetail'];
export type DecisionResult = Schemas['DecisionResult'];
export type StaffMember = Schemas['StaffMember'];

export type Rating = Schemas['Rating'];
export type Rectification = Schemas['Rectification'];
export type RectificationDetail = Schemas['RectificationDetail'];
export type Notification = Schemas['Notification'];

export type CalendarListing = Schemas['CalendarListing'];
export type CalendarSummary = CalendarListing['calendars'][number];
export type CalendarWarning = Schemas['CalendarWarning'];
export type CalendarLoad = Schemas['CalendarLoad'];

export type MatterSummary = Schemas['MatterSummary'];
export type MatterVersion = Schemas['MatterVersion'];
export type MatterVersions = Schemas['MatterVersions'];
export type MatterDraft = Schemas['MatterDraft'];
export type MatterDraftSaved = Schemas['MatterDraftSaved'];
export type MatterProblem = Schemas['MatterProblem'];
export type Department = Schemas['Department'];
export type CatalogueImportPreview = Schemas['CatalogueImportPreview'];
export type MatterChange = Schemas['MatterChange'];
export type MatterUse = Schemas['MatterUse'];
export type MatterComparison = Schemas['MatterComparison'];
export type BundleAvailability = Schemas['BundleAvailability'];
export type WithdrawnBundle = Schemas['WithdrawnBundle'];

export type DataElementEntry = Schemas['DataElementEntry'];
export type NewDataElement = Schemas['NewDataElement'];
