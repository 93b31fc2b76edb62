import { useId, useState, type DragEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '@api/common';
import type { openPurposes } from '@api/dialogs';
import { ApiError } from '@renderer/api';
import { useApi } from '@renderer/api/api-context';
import { uploadFile } from '@renderer/api/upload';
import { FormError } from '@renderer/components/form-error';
import { UploadIcon } from '@renderer/components/icons';
import { useAsync } from '@renderer/hooks/use-async';
import { useFormat } from '@renderer/i18n/format';

export interface ImportSource {
  file: FileRef;
  name: string;
  /** Known for uploads; a path's size comes with the preview. */
  sizeBytes: number | null;
}

const ACCEPT = '.csv,.tsv,.txt,.tab,text/csv,text/tab-separated-values,text/plain';

/** A file named by its path on this computer: typed, or chosen in the desktop app's open dialog. */
const pathSource = (path: string): ImportSource => ({ file: { path }, name: path.split(/[\\/]/).pop() ?? path, sizeBytes: null });

interface Props {
  /** What the file should hold, in the user's language. */
  intro: string;
  /** The desktop app's open dialog: its title and file types. */
  purpose: (typeof openPurposes)[number];
  /** A file name the path field suggests inside the first allowed folder. */
  exampleName: string;
  onSource(source: ImportSource): void;
}

/**
 * The file to import. In the browser host it is picked and streamed to the host (POST /upload); in
 * the desktop app the native open dialog (dialogs.openPath) gives its path. Typing a path works in both.
 */
export function FileStep({ intro, purpose, exampleName, onSource }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const format = useFormat();
  const info = useAsync(() => api.call('app.info', {}), [api]);
  const inputId = useId();
  const pathId = useId();
  const [uploading, setUploading] = useState<File | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [path, setPath] = useState('');
  const [dragging, setDragging] = useState(false);
  const [choosing, setChoosing] = useState(false);
  const canUpload = info.data?.host === 'browser';
  const hasDialog = info.data?.host === 'electron';

  const upload = async (file: File) => {
    setError(null);
    setUploading(file);
    try {
      const { uploadId, sizeBytes } = await uploadFile(file);
      onSource({ file: { uploadId }, name: file.name, sizeBytes });
    } catch (err) {
      setError(ApiError.from(err));
    } finally {
      setUploading(null);
    }
  };

  const choose = async () => {
    setError(null);
    setChoosing(true);
    try {
      const chosen = await api.call('dialogs.openPath', { purpose });
      if (chosen.path) onSource(pathSource(chosen.path));
    } catch (err) {
      setError(ApiError.from(err));
    } finally {
      setChoosing(false);
    }
  };

  const submitPath = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = path.trim();
    if (trimmed) onSource(pathSource(trimmed));
  };

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file && canUpload) void upload(file);
  };

  return (
    <section className="card wizard-card" aria-labelledby="import-file-title">
      <h2 className="card-title" id="import-file-title">
        {t('importWizard.file.title')}
      </h2>
      <p className="card-caption">{intro}</p>
      {canUpload && (
        <div
          className={`drop-zone${dragging ? ' dragging' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          aria-busy={uploading !== null}
        >
          <UploadIcon className="drop-zone-icon" />
          {uploading ? (
            <p role="status">
              <span className="spinner" aria-hidden="true" /> {t('importWizard.file.uploading', { name: uploading.name, size: format.bytes(uploading.size) })}
            </p>
          ) : (
            <>
              <label htmlFor={inputId} className="button button-primary">
                {t('importWizard.file.choose')}
              </label>
              <input
                id={inputId}
                type="file"
                accept={ACCEPT}
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  e.target.value = '';
                  if (file) void upload(file);
                }}
              />
              <p className="muted">{t('importWizard.file.drop')}</p>
            </>
          )}
        </div>
      )}
      {hasDialog && (
        // The upload zone's box, without dropping: a sandboxed page cannot learn a dropped file's path.
        <div className="drop-zone" aria-busy={choosing}>
          <UploadIcon className="drop-zone-icon" />
          <button type="button" className="button button-primary" disabled={choosing} onClick={() => void choose()}>
            {t('importWizard.file.choose')}
          </button>
        </div>
      )}
      <form className="path-form" onSubmit={submitPath} noValidate>
        <div className="field">
          <label htmlFor={pathId}>{canUpload || hasDialog ? t('importWizard.file.orPath') : t('importWizard.file.path')}</label>
          <input id={pathId} value={path} onChange={(e) => setPath(e.target.value)} spellCheck={false} autoComplete="off" placeholder={info.data?.allowedDirs[0] ? `${info.data.allowedDirs[0]}/${exampleName}` : undefined} />
          {canUpload && info.data && <p className="field-hint">{t('importWizard.file.allowed', { dirs: info.data.allowedDirs.join(', ') })}</p>}
        </div>
        <button type="submit" className="button" disabled={!path.trim()}>
          {t('importWizard.file.read')}
        </button>
      </form>
      <FormError error={error} />
    </section>
  );
}
