import type { exportMethods, ExportPreviewInput } from '@api/export';
import { callContext, type CallContext } from '../../core/call-context';
import { planCodebook } from '../../core/export/codebook';
import { planCrosstabExport } from '../../core/export/crosstab-export';
import { exportOptions, previewTable, type ExportPlan } from '../../core/export/export-jobs';
import { planMemberExport } from '../../core/export/member-export';
import { planPointsExport } from '../../core/export/points-export';
import { planResponseExport } from '../../core/export/response-export';
import { planSummaryExport } from '../../core/export/summary-export';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

/** The plan of any export, by what it exports. */
function planOf(ctx: CallContext, input: ExportPreviewInput): Promise<ExportPlan> {
  switch (input.of) {
    case 'members':
      return planMemberExport(ctx, input);
    case 'responses':
      return planResponseExport(ctx, input);
    case 'codebook':
      return planCodebook(ctx, input);
    case 'points':
      return planPointsExport(ctx, input);
    case 'crosstab':
      return planCrosstabExport(ctx, input);
    case 'summary':
      return planSummaryExport(ctx, input);
  }
}

export const exportHandlers = (session: Session): DomainHandlers<typeof exportMethods> => {
  /** Settings are checked before anything is read; the job starts once the plan is made. */
  const start = async (input: ExportPreviewInput) => {
    const options = exportOptions(input);
    const ctx = callContext(session);
    const plan = await planOf(ctx, input);
    return { jobId: session.exports.start(ctx, plan, options, input).id };
  };
  return {
    'export.members': (input) => start({ of: 'members', ...input }),
    'export.responses': (input) => start({ of: 'responses', ...input }),
    'export.codebook': (input) => start({ of: 'codebook', ...input }),
    'export.points': (input) => start({ of: 'points', ...input }),
    'export.crosstab': (input) => start({ of: 'crosstab', ...input }),
    'export.summary': (input) => start({ of: 'summary', ...input }),
    'export.preview': async (input) => {
      const options = exportOptions(input);
      return previewTable((await planOf(callContext(session), input)).table, options);
    },
  };
};
