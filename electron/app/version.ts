import packageJson from '../../package.json';

/** The version printed by the CLI, shown in Settings and stamped on exports. */
export const appVersion: string = packageJson.version;
