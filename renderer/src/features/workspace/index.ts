// The public entry of the workspace feature: what other features may use. Everything else in this folder is its own
// business (lint: scripts/eslint/feature-boundaries.js).
export { previewWorkspacePath } from './workspace-path';
