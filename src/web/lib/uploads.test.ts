// The browser refuses exactly what the server would: the limits the file fields state are the
// server's own.
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMIT_BYTES } from '../../server/modules/imports/routes.ts';
import { MAX_BYTES } from '../../server/modules/case-attachments/files.ts';
import { CALL_IMPORT_LIMIT_BYTES } from '../../server/modules/calls/import.ts';
import { ATTACHMENT_MAX_BYTES, CALL_IMPORT_MAX_BYTES, IMPORT_MAX_BYTES } from './uploads.ts';

describe('upload limits', () => {
  it('are the server’s', () => {
    expect(IMPORT_MAX_BYTES).toBe(IMPORT_LIMIT_BYTES);
    expect(ATTACHMENT_MAX_BYTES).toBe(MAX_BYTES);
    expect(CALL_IMPORT_MAX_BYTES).toBe(CALL_IMPORT_LIMIT_BYTES);
  });
});
