/**
 * Where better-sqlite3's compiled addon comes from. Tests and the CLI use the Node build in
 * node_modules (undefined here); the Electron main process sets a path to its own Electron build,
 * because one compiled addon cannot serve both ABIs (see docs/architecture.md, "Native module strategy").
 */
let nativeBindingPath: string | undefined;

/** Point every workspace opened from now on at a specific better-sqlite3 `.node` file. */
export function setNativeBinding(path: string | undefined): void {
  nativeBindingPath = path;
}

/** The addon path to hand to `new Database(...)`, or undefined for the default. */
export function getNativeBinding(): string | undefined {
  return nativeBindingPath;
}
