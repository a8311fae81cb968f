import { expect, openApp, test } from './fixtures';

// A first visit: no service worker (the config blocks it), so code loaded on demand needs the network.
test('code loaded on demand says it needs the network once when offline, and recovers when it returns', async ({
  page,
  context,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openApp(page);
  await context.setOffline(true);

  await page.getByRole('button', { name: 'Switch to English' }).click();
  await expect(page.getByRole('status')).toContainText('Denne delen trenger nett én gang');

  await page.getByRole('tab', { name: 'Analyse' }).click();
  const panel = page.getByRole('tabpanel');
  await expect(panel).toContainText('Denne delen trenger nett én gang');
  await expect(page.getByText('Noe gikk galt')).toHaveCount(0);

  await context.setOffline(false);
  // Back online, the panel and the English asked for load by themselves: no reload, no click.
  await expect(page.getByRole('tab', { name: 'Analysis' })).toBeVisible({ timeout: 20_000 });
  await expect(panel.getByRole('table', { name: 'Places and distances' })).toBeVisible();
  await expect(page.getByRole('status')).not.toContainText('needs the network');
  expect(errors).toEqual([]);
});
