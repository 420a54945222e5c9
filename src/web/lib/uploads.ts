// The server's upload limits, for the file fields' hints and the check before sending. The
// server keeps its own (imports/routes.ts, case-attachments/files.ts, calls/import.ts) and answers 413 beyond
// them; uploads.test.ts fails when the two drift apart.
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const CALL_IMPORT_MAX_BYTES = 5 * 1024 * 1024;
