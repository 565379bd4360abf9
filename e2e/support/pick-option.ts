import type { Locator, Page } from 'playwright-core';

/**
 * Pick `name` in a combobox (a person or service picker) by clicking it and then its option, and
 * wait until the box shows the choice. On a loaded machine a click can land on the option list
 * while it is still opening; then the choice is made once more, so a lost click fails here with a
 * clear message instead of as a wrong value saved several steps later.
 */
export async function pickOption(page: Page, combobox: Locator, name: string): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    await combobox.click();
    await page.getByRole('option', { name, exact: true }).click();
    try {
      await combobox.evaluate(
        (input, expected) =>
          new Promise<void>((resolve, reject) => {
            const started = performance.now();
            const check = () => {
              if ((input as HTMLInputElement).value === expected) resolve();
              else if (performance.now() - started > 3000) reject(new Error(`the box shows "${(input as HTMLInputElement).value}"`));
              else requestAnimationFrame(check);
            };
            check();
          }),
        name,
      );
      return;
    } catch (error) {
      if (attempt >= 2) throw new Error(`Picking "${name}" did not take: ${(error as Error).message}`);
    }
  }
}
