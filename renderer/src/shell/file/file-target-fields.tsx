import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fileNameProblem, MAX_FILE_NAME_LENGTH, workspaceFilePath, type FileNameProblem } from './file-names';

export interface FileTarget {
  name: string;
  setName(name: string): void;
  folder: string | null;
  setFolder(folder: string): void;
  folders: readonly string[];
  problem: FileNameProblem | null;
  /** The full path to write, or null while the name is unusable or no folder is known. */
  path: string | null;
  /** Problems show once the user has tried to submit, not while they start typing. */
  showProblem: boolean;
  /** Marks the form as submitted; returns the path, or null when the input must be fixed. */
  submit(): string | null;
}

/** A new workspace file: a name typed by the user in one of the folders the host allows. */
export function useFileTarget(initialName: string, folders: readonly string[]): FileTarget {
  const [name, setName] = useState(initialName);
  const [chosenFolder, setFolder] = useState<string | null>(null);
  const [showProblem, setShowProblem] = useState(false);
  const folder = chosenFolder ?? folders[0] ?? null;
  const problem = fileNameProblem(name);
  const path = folder && !problem ? workspaceFilePath(folder, name) : null;
  return {
    name,
    setName,
    folder,
    setFolder,
    folders,
    problem,
    path,
    showProblem,
    submit: () => {
      setShowProblem(true);
      return path;
    },
  };
}

export function FileTargetFields({ target }: { target: FileTarget }) {
  const { t } = useTranslation();
  const ids = { name: useId(), problem: useId(), folder: useId() };
  const invalid = target.showProblem && target.problem !== null;
  return (
    <>
      <div className="field">
        <label htmlFor={ids.name}>{t('file.fileName')}</label>
        <div className="input-with-suffix">
          <input
            id={ids.name}
            data-autofocus
            value={target.name}
            onChange={(e) => target.setName(e.target.value)}
            aria-invalid={invalid}
            aria-describedby={invalid ? ids.problem : undefined}
            spellCheck={false}
            autoComplete="off"
          />
          <span className="input-suffix" aria-hidden="true">
            .sqlite
          </span>
        </div>
        {invalid && target.problem && (
          <p id={ids.problem} className="field-error">
            {t(`file.invalidName.${target.problem}`, { max: MAX_FILE_NAME_LENGTH })}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={ids.folder}>{t('file.folder')}</label>
        <select id={ids.folder} value={target.folder ?? ''} onChange={(e) => target.setFolder(e.target.value)} disabled={target.folders.length < 2}>
          {target.folders.map((folder) => (
            <option key={folder} value={folder}>
              {folder}
            </option>
          ))}
        </select>
      </div>
      {target.path && (
        <p className="path-preview">
          <span className="path-preview-label">{t('file.savedAs')}</span> <span className="file-path">{target.path}</span>
        </p>
      )}
    </>
  );
}
