import { createTheme, localStorageColorSchemeManager } from '@mantine/core';
import { PICKER_DEFAULTS } from '../ui/page-form-keys';

/**
 * Calm, dense enough for registers, readable in both schemes. System fonts only: the app is
 * offline and must not fetch web fonts.
 */
export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'md',
  cursorType: 'pointer',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  headings: { fontWeight: '650' },
  components: {
    Tooltip: { defaultProps: { openDelay: 300, withArrow: true, multiline: true, maw: 420 } },
    Modal: { defaultProps: { centered: true } },
    // One keyboard rule for every picker: typing highlights the first match, Enter picks it. Not for
    // Autocomplete: its text is the value, and a new name that starts an old one must stay as typed
    // (Enter there picks only the one match; see page-form-keys).
    Select: { defaultProps: PICKER_DEFAULTS },
    MultiSelect: { defaultProps: PICKER_DEFAULTS },
  },
});

/** Light, dark or "follow the system", remembered on this computer. */
export const colorSchemeManager = localStorageColorSchemeManager({ key: 'serviceledger.color-scheme' });
