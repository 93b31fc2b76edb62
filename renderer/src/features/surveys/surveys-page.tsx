import { useTranslation } from 'react-i18next';
import { EmptyState } from '@renderer/components/empty-state';
import { useErrorText } from '@renderer/i18n/error-text';
import { useHashRoute } from '@renderer/shell/hash-route';
import { useWorkspace } from '@renderer/shell/workspace-context';
import { SurveyDesigner } from './designer/survey-designer';
import { SurveysList } from './list/surveys-list';
import { parseSurveysPath } from './surveys-route';

/** The surveys area: the list at #/surveys, the designer at #/surveys/<id>. */
export function SurveysPage() {
  const { t } = useTranslation();
  const { info, error } = useWorkspace();
  const errorText = useErrorText();
  const route = useHashRoute();
  const view = parseSurveysPath(route?.path ?? []);

  if (!info) {
    return (
      <div className="page">
        {error ? (
          <EmptyState title={t('surveys.noWorkspace.title')}>{error.key === 'errors.noWorkspace' ? t('surveys.noWorkspace.body') : errorText(error)}</EmptyState>
        ) : (
          <p className="muted" role="status">
            {t('app.loading')}
          </p>
        )}
      </div>
    );
  }
  return view.view === 'list' ? <SurveysList key={info.path} /> : <SurveyDesigner key={`${info.path}#${view.surveyId}`} surveyId={view.surveyId} tab={view.tab} />;
}
