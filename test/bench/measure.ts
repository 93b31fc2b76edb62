import { printLines, runCli } from './cli';
import { isMeasureCommand, measureCommands } from './measure-commands';

/**
 * The benchmarks' child-process CLI, which compare.ts builds from the current tree and from a
 * baseline commit's: `node out/bench-measure/run.js <command> <fixture file> [options as JSON]` runs
 * one measurement on one fixture file and prints its JSON lines.
 */
runCli(async ([name = '', fixture = '', options = '{}']) => {
  if (!isMeasureCommand(name)) throw new Error(`Usage: run.js <${Object.keys(measureCommands).join('|')}> <fixture file> [options as JSON]`);
  printLines(await measureCommands[name](fixture, JSON.parse(options) as never));
});
