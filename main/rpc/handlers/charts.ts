import type { chartsMethods } from '@api/charts';
import { fileDelivery } from '../../core/call-context';
import { renderChart } from '../../core/charts/render-chart';
import type { Session } from '../../core/session';
import type { DomainHandlers } from './types';

// No workspace needed: a chart image is made from the option alone.
export const chartsHandlers = (session: Session): DomainHandlers<typeof chartsMethods> => ({
  'charts.render': (input) => renderChart(fileDelivery(session), input),
});
