/**
 * One export of personal data, as the gateway's export reports it and KP2MI's audit trail keeps it
 * (the subgraph that owns the graph's personal data).
 */
export interface PersonalDataExportReport {
  /** The id the gateway gave the export (its `x-export-id` header). */
  exportId: string;
  operationName: string | null;
  format: string;
  /** Coordinates of the personal data exported (`Worker.nik`), never values. */
  fields: string[];
  rows: number;
  /** Null when every row was sent; else why the export stopped (`CLIENT_GONE`, `EXPORT_TOO_LARGE` …). */
  stoppedBy: string | null;
}
