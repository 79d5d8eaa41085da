/**
 * Custom requests of the Fabric language server, beyond LSP. Plain method names and shapes, no
 * `vscode` import, so the Node end-to-end test uses the same definitions as the extension.
 */

/** `fabric/powerSummary`: IT and facility power of the model a file belongs to. */
export const POWER_SUMMARY_METHOD = 'fabric/powerSummary';

export interface PowerSummaryParams {
  uri: string;
}

/**
 * Watts, and the same as the server writes them in reports (`83.6 kW`): shown as they are, so
 * that the status bar, hovers and reports never disagree. Facility power is IT power times `pue`.
 */
export interface PowerSummary {
  it: number;
  facility: number;
  itText: string;
  facilityText: string;
}

/** `fabric/report`: bill of materials, power and bandwidth, as `fabric report` prints them. */
export const REPORT_METHOD = 'fabric/report';

export interface ReportParams {
  uri: string;
  format: 'markdown';
}

export interface ReportResult {
  text: string;
}

/**
 * `fabric/diff`: the Markdown diff of the file's fabric, as the editor has it, against the same
 * fabric at a git revision (`fabric diff REV:PATH PATH --format markdown`). Answers with the
 * same shape as `fabric/report`; an error's message says why there is nothing to compare.
 */
export const DIFF_METHOD = 'fabric/diff';

export interface DiffParams {
  uri: string;
  /** A git revision; the server takes `HEAD` when it is missing. */
  base?: string;
}

/**
 * `fabric/cables`: the markdown cut sheet of the link declared on `line` (0-based), as
 * `fabric cables --format markdown` prints it. The "Show cables" code lens passes the uri and line.
 */
export const CABLES_METHOD = 'fabric/cables';

export interface CablesParams {
  uri: string;
  line: number;
  format: 'markdown';
}

/** JSON-RPC "method not found": the server does not implement a custom request (yet). */
export const METHOD_NOT_FOUND = -32601;

export function isPowerSummary(value: unknown): value is PowerSummary {
  const v = value as PowerSummary | null | undefined;
  return (
    !!v &&
    typeof v.it === 'number' &&
    Number.isFinite(v.it) &&
    typeof v.facility === 'number' &&
    Number.isFinite(v.facility) &&
    typeof v.itText === 'string' &&
    typeof v.facilityText === 'string'
  );
}

export function isReportResult(value: unknown): value is ReportResult {
  const v = value as ReportResult | null | undefined;
  return !!v && typeof v.text === 'string';
}
