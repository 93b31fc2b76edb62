import type { EChartsOption } from 'echarts';
import { chartBase, chartColors, chartTheme, SEQUENTIAL_PALETTE } from './chart-theme';

/** The member lifecycle, in order: each stage follows the one before. */
export const LIFECYCLE_STAGES = ['acquisition', 'activation', 'retention', 'monetization'] as const;
export type LifecycleStage = (typeof LIFECYCLE_STAGES)[number];
/** The bar for members with no recorded stage (e.g. imported without one): outside the funnel, but counted. */
export const NO_STAGE = 'none';
export type FunnelBar = LifecycleStage | typeof NO_STAGE;

export interface LifecycleFunnelRow {
  stage: FunnelBar;
  /** Members at this stage or a later one (for NO_STAGE: the members without a stage). */
  reached: number;
  /** Members whose current stage this is. */
  current: number;
  /** reached as a share of all members (0..1). */
  share: number;
}

/**
 * Members per current stage (workspace.info.lifecycle) as a funnel: how many reached each stage,
 * then, if any, the members of the `members` total that have no stage, so every member is shown.
 */
export function lifecycleFunnelRows(counts: readonly { stage: string; members: number }[], members: number): LifecycleFunnelRow[] {
  const current = LIFECYCLE_STAGES.map((stage) => counts.filter((c) => c.stage === stage).reduce((sum, c) => sum + c.members, 0));
  const staged = current.reduce((sum, n) => sum + n, 0);
  const total = Math.max(members, staged);
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const rows: LifecycleFunnelRow[] = LIFECYCLE_STAGES.map((stage, i) => {
    const reached = current.slice(i).reduce((sum, n) => sum + n, 0);
    return { stage, reached, current: current[i]!, share: share(reached) };
  });
  const unstaged = total - staged;
  return unstaged > 0 ? [...rows, { stage: NO_STAGE, reached: unstaged, current: unstaged, share: share(unstaged) }] : rows;
}

export interface LifecycleFunnelInput {
  counts: readonly { stage: string; members: number }[];
  /** All members (workspace.info.counts.members), with or without a stage. */
  members: number;
  /** Translated texts: the caller knows the language. */
  labels: { stages: Record<FunnelBar, string>; reached: string; current: string; share: string };
  /** Locale-aware number formatting, applied here so the option stays plain JSON. */
  format: { count(n: number): string; percent(ratio: number): string };
}

/**
 * ECharts option for the lifecycle funnel: one horizontal bar per stage, top to bottom, labelled
 * with members reached and their share; the tooltip adds the members currently at the stage. The
 * members with no stage come last, in grey.
 */
export function lifecycleFunnelOption({ counts, members, labels, format }: LifecycleFunnelInput) {
  const rows = lifecycleFunnelRows(counts, members);
  return {
    // colorBy 'data' gives the bars these colours in order, so the no-stage bar gets the grey.
    ...chartBase({ left: 8, right: 112, top: 8, bottom: 8 }, [...SEQUENTIAL_PALETTE, chartColors.missing]),
    dataset: {
      dimensions: [
        { name: 'stage', type: 'ordinal' },
        { name: 'reached', type: 'number' },
        { name: 'reachedText', type: 'ordinal', displayName: labels.reached },
        { name: 'currentText', type: 'ordinal', displayName: labels.current },
        { name: 'shareText', type: 'ordinal', displayName: labels.share },
      ],
      source: rows.map((row) => [labels.stages[row.stage], row.reached, format.count(row.reached), format.count(row.current), format.percent(row.share)]),
    },
    xAxis: { type: 'value', show: false },
    yAxis: {
      type: 'category',
      inverse: true,
      axisLine: { show: false },
      axisTick: { show: false },
      axisLabel: chartTheme.categoryLabel,
    },
    series: [
      {
        type: 'bar',
        colorBy: 'data',
        encode: { y: 'stage', x: 'reached', tooltip: ['reachedText', 'currentText', 'shareText'] },
        barCategoryGap: '28%',
        itemStyle: { borderRadius: [0, 4, 4, 0] },
        label: { show: true, position: 'right', formatter: '{@reachedText} · {@shareText}', ...chartTheme.valueLabel },
      },
    ],
  } satisfies EChartsOption;
}
