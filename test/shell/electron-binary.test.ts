import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedElectronBinary } from '../../resources/scripts/electron-binary.mjs';
import { tempDir } from '../support/temp-dir';

/**
 * A stand-in for node_modules/electron. Since Electron 42 its entry (index.js) downloads the binary
 * when it is required, with no time limit; this one leaves a mark instead, so a test sees whether it ran.
 */
function fakeElectronPackage({ pathTxt, binary }: { pathTxt?: string; binary?: boolean } = {}) {
  const dir = tempDir();
  const mark = path.join(dir, 'entry-was-loaded');
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'electron', version: '45.5.0', main: 'index.js' }));
  fs.writeFileSync(path.join(dir, 'index.js'), `require('fs').writeFileSync(${JSON.stringify(mark)}, ''); module.exports = '/downloaded/electron';`);
  if (pathTxt !== undefined) fs.writeFileSync(path.join(dir, 'path.txt'), pathTxt);
  if (binary) {
    fs.mkdirSync(path.join(dir, 'dist'));
    fs.writeFileSync(path.join(dir, 'dist', 'electron'), '');
  }
  return { dir, entryWasLoaded: () => fs.existsSync(mark) };
}

describe("finding Electron's binary for npm start", () => {
  it("answers null when it was never downloaded, without loading Electron's entry (which would download it untimed)", () => {
    const electron = fakeElectronPackage();
    expect(installedElectronBinary(electron.dir, {})).toBeNull();
    expect(electron.entryWasLoaded()).toBe(false);
  });

  it('answers null when path.txt names a binary that is not there', () => {
    const electron = fakeElectronPackage({ pathTxt: 'electron' });
    expect(installedElectronBinary(electron.dir, {})).toBeNull();
    expect(electron.entryWasLoaded()).toBe(false);
  });

  it('answers the downloaded binary that path.txt names', () => {
    const electron = fakeElectronPackage({ pathTxt: 'electron', binary: true });
    expect(installedElectronBinary(electron.dir, {})).toBe(path.join(electron.dir, 'dist', 'electron'));
    expect(electron.entryWasLoaded()).toBe(false);
  });

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron itself does', () => {
    const electron = fakeElectronPackage();
    const elsewhere = tempDir();
    fs.writeFileSync(path.join(elsewhere, 'electron'), '');
    expect(installedElectronBinary(electron.dir, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(path.join(elsewhere, 'electron'));
    expect(installedElectronBinary(electron.dir, { ELECTRON_OVERRIDE_DIST_PATH: tempDir() })).toBeNull();
  });
});
