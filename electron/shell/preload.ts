// Runs sandboxed in the renderer process: it may only require('electron'); everything else it
// uses is bundled in by esbuild. The page gets two functions, never ipcRenderer itself.
import { contextBridge, ipcRenderer } from 'electron';
import { createDesktopBridge } from '../app/preload-bridge';

contextBridge.exposeInMainWorld('serviceLedger', createDesktopBridge(ipcRenderer));
