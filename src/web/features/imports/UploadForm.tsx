// Step 1: say what the file holds (organisations, or relations between organisations already in
// the register), choose a CSV or XLSX file (the file field in the interface language; dropping a
// file on it works too; a file over the limit is refused before it is sent) and upload it. The
// server reads it and suggests a mapping for that kind; the page then moves to that import's own
// address.
import { useRef, useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../api/client.ts';
import { ErrorAlert } from '../../components/Feedback.tsx';
import { FileField } from '../../components/FileField.tsx';
import { IMPORT_MAX_BYTES } from '../../lib/uploads.ts';
import { useWorkspace } from '../workspace/useWorkspace.ts';
import { importsKey, uploadFile } from './queries.ts';
import { useImportPaths } from './rights.ts';
import { IMPORT_KINDS, type ImportKind } from './types.ts';

const ACCEPT = '.csv,.txt,.tsv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function UploadForm() {
  const { t } = useTranslation();
  const ws = useWorkspace();
  const paths = useImportPaths();
  const navigate = useNavigate();
  const client = useQueryClient();
  const input = useRef<HTMLInputElement>(null);
  const [kind, setKind] = useState<ImportKind>('organisations');
  const [file, setFile] = useState<File | null>(null);
  const [missing, setMissing] = useState(false);

  const upload = useMutation({
    mutationFn: (chosen: { file: File; kind: ImportKind }) => uploadFile(ws.id, chosen.file, chosen.kind),
    onError: () => input.current?.focus(),
    onSuccess: async (up) => {
      await client.invalidateQueries({ queryKey: importsKey(ws.id) });
      navigate(paths.one(up.id));
    },
  });
  // The server names the file field when it cannot read the file; shown at the input.
  const fileError = missing ? t('imports.upload.chooseFirst') : upload.error instanceof ApiError ? (upload.error.fieldMessage('file') ?? upload.error.title) : undefined;

  function choose(f: File | null) {
    setFile(f);
    setMissing(false);
    upload.reset();
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!file) {
      setMissing(true);
      input.current?.focus();
      return;
    }
    upload.mutate({ file, kind });
  }

  const kindChoice = (k: ImportKind) => (k === 'relations' ? t('imports.upload.relations') : t('imports.upload.organisations'));
  const kindHint = (k: ImportKind) => (k === 'relations' ? t('imports.upload.relationsHint') : t('imports.upload.organisationsHint'));
  return (
    <section className="panel" aria-labelledby="import-upload-title">
      <h2 id="import-upload-title">{t('imports.upload.title')}</h2>
      <form onSubmit={submit} noValidate className="import-upload">
        {upload.error ? <ErrorAlert error={upload.error} /> : null}
        <fieldset className="reg-group">
          <legend>{t('imports.upload.kind')}</legend>
          {IMPORT_KINDS.map((k) => (
            <div key={k} className="reg-check reg-radio">
              <input id={`import-kind-${k}`} type="radio" name="import-kind" value={k} checked={kind === k} onChange={() => setKind(k)} aria-describedby={`import-kind-${k}-hint`} />
              <label htmlFor={`import-kind-${k}`}>{kindChoice(k)}</label>
              <p id={`import-kind-${k}-hint`} className="field-hint">
                {kindHint(k)}
              </p>
            </div>
          ))}
        </fieldset>
        <FileField
          id="import-file"
          label={t('imports.upload.file')}
          hint={t('fileField.importHint')}
          accept={ACCEPT}
          maxBytes={IMPORT_MAX_BYTES}
          file={file}
          onChange={choose}
          error={fileError}
          dropTarget
          inputRef={input}
          className="import-drop"
          chosenClassName="import-chosen"
        />
        <div className="form-actions">
          <button type="submit" className="button button--primary" disabled={upload.isPending}>
            {upload.isPending ? t('imports.upload.uploading') : t('imports.upload.submit')}
          </button>
        </div>
        <div role="status" className="visually-hidden">
          {upload.isPending ? t('imports.upload.uploading') : ''}
        </div>
      </form>
    </section>
  );
}
