import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from './temp-dir';

/** The page of a fake renderer build. */
export const FAKE_INDEX = '<!doctype html><title>Workbench</title><script type="module" src="./assets/main.js"></script>';

/**
 * A renderer build, as both hosts serve it, with secrets beside it that must stay unreachable: a file,
 * a sibling folder whose name starts like the build's, and symlinks leading out of the build.
 */
export function fakeRendererBuild() {
  const root = tempDir();
  const rendererDir = path.join(root, 'renderer');
  fs.mkdirSync(path.join(rendererDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(rendererDir, 'index.html'), FAKE_INDEX);
  fs.writeFileSync(path.join(rendererDir, 'assets', 'main.js'), 'console.log("hi")');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'app.css'), 'body{}');
  fs.writeFileSync(path.join(rendererDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const secret = path.join(root, 'secret.txt');
  fs.writeFileSync(secret, 'SECRET');
  fs.mkdirSync(path.join(root, 'renderer-evil'));
  fs.writeFileSync(path.join(root, 'renderer-evil', 'index.html'), 'SECRET');
  fs.symlinkSync(secret, path.join(rendererDir, 'assets', 'link.txt'));
  fs.symlinkSync(root, path.join(rendererDir, 'outside'));
  return { rendererDir, secret };
}
