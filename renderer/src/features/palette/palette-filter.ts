export interface PaletteCommand {
  id: string;
  label: string;
  description?: string;
  keywords?: string[];
}

/**
 * Keep commands whose label, description or keywords contain every word typed, in any order,
 * so "back now" finds "Back up now" and "dark" finds "Theme: dark".
 */
export function matchCommands<T extends PaletteCommand>(commands: readonly T[], query: string): T[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...commands];
  return commands.filter((command) => {
    const haystack = [command.label, command.description ?? '', ...(command.keywords ?? [])].join(' ').toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
