// The shapes of /api/calendars: the working-day calendars loaded, the warnings about missing years, and
// what loading a year moves (see GET /api/openapi.json).

export interface CalendarSummary {
  /** 'national', or a six-digit division code for a region's own holidays. */
  region: string;
  regionName: string | null;
  year: number;
  /** The notice or document it was made from (e.g. 国办发明电〔2025〕7号). */
  source: string;
  origin: 'shipped' | 'file' | 'upload';
  loadedBy: string;
  loadedAt: string;
  holidays: number;
  workdays: number;
}

export interface CalendarWarning {
  code: 'CALENDAR_YEAR_MISSING' | 'CALENDAR_NEXT_YEAR_MISSING';
  year: number;
  /** In the reader's language. */
  message: string;
}

export interface CalendarListing {
  nationalYears: number[];
  calendars: CalendarSummary[];
  warnings: CalendarWarning[];
}

interface RebasedDeadline {
  applicationId: string;
  taskId: string;
  bundleName: string;
  matterId: string;
  matterName: string;
  department: string;
  departmentName: string;
  from: string;
  to: string;
  provisional: boolean;
}

export interface CalendarLoadResponse {
  region: string;
  year: number;
  /** False when the same document was loaded already. */
  changed: boolean;
  dryRun: boolean;
  count: number;
  rebased: RebasedDeadline[];
}

/** A problem of a refused calendar document (422 DEFINITION_INVALID), its message in the reader's language. */
export interface CalendarIssue {
  file: string;
  path: string;
  code: string;
  message: string;
}
