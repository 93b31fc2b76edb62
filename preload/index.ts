/**
 * Exposes window.workbench = { call, on } to the sandboxed renderer. No logic beyond relaying, and never
 * ipcRenderer itself: the page can only call the core through the relay in main/shell/ipc-relay.ts.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { WorkbenchBridge } from '../main/api/bridge';

const bridge: WorkbenchBridge = {
  call: (method, input) => ipcRenderer.invoke('rpc', method, input),
  on: (event, listener) => {
    const relay = (_sender: IpcRendererEvent, name: string, payload: unknown) => {
      if (name === event) listener(payload);
    };
    ipcRenderer.on('event', relay);
    return () => {
      ipcRenderer.removeListener('event', relay);
    };
  },
};

contextBridge.exposeInMainWorld('workbench', bridge);
