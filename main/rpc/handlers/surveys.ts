import type { surveysMethods } from '@api/surveys';
import { callContext } from '../../core/call-context';
import type { Session } from '../../core/session';
import { surveyCalibration } from '../../core/surveys/calibration';
import { exportDefinition, importDefinition } from '../../core/surveys/definition-file';
import { readWorkspaceEstimator, setDefaultLimits } from '../../core/surveys/estimator-settings';
import { publishSurvey } from '../../core/surveys/publish';
import { refitWorkspaceConstants } from '../../core/surveys/refit';
import { createSurvey, deleteSurvey, duplicateSurvey, emptyDefinition, updateSurvey } from '../../core/surveys/survey-edit';
import { getSurvey, listSurveys, surveyVersions } from '../../core/surveys/survey-view';
import type { DomainHandlers } from './types';

export const surveysHandlers = (session: Session): DomainHandlers<typeof surveysMethods> => {
  const ctx = () => callContext(session);
  const estimator = () => readWorkspaceEstimator(session.workspace.db.reader);
  return {
    'surveys.list': () => listSurveys(ctx()),
    'surveys.get': ({ id }) => getSurvey(ctx(), id),
    'surveys.create': ({ title, description, language, limits }) =>
      createSurvey(ctx(), { title, description, definition: emptyDefinition(language, limits) }),
    'surveys.update': (input) => updateSurvey(ctx(), input),
    'surveys.estimate': async ({ definition, limits }) => (await estimator()).estimate(definition, { limits }),
    'surveys.publish': (input) => publishSurvey(ctx(), input),
    'surveys.versions': ({ id }) => surveyVersions(ctx(), id),
    'surveys.exportJson': (input) => exportDefinition(ctx(), input),
    'surveys.importJson': (input) => importDefinition(ctx(), input),
    'surveys.duplicate': (input) => duplicateSurvey(ctx(), input),
    'surveys.delete': ({ id }) => deleteSurvey(ctx(), id),
    'surveys.calibration': (input) => surveyCalibration(ctx(), input),
    'surveys.constants': async () => (await estimator()).constants,
    'surveys.refitConstants': (input) => refitWorkspaceConstants(ctx(), input),
    'surveys.defaults': async () => ({ limits: (await estimator()).defaults }),
    'surveys.setDefaults': ({ limits }) => setDefaultLimits(ctx(), limits),
  };
};
