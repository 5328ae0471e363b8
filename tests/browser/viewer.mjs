// SPDX-License-Identifier: GPL-3.0-or-later
// The single-file HTML viewer in a real browser: Debian's chromium, driven by playwright-core,
// opens what `waymark-cli export --format html` wrote (the sample with metric values and an
// overlay, in English and German) from a file:// URL at 1280 x 720, as an e-mail attachment
// opens, zooms, pans, shows a card's details on click, switches journeys, shows the
// personas, prints, and must make no request at all; screenshots go to OUT_DIR.
// Usage: node viewer.mjs WAYMARK_CLI KPIS.csv OUT_DIR   (NODE_MODULES: where playwright-core is)
// Exit 77 (skipped, said out loud) when chromium or playwright-core is missing.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { check, chromium, playwright as load, runner } from './common.mjs';

const [cli, kpis, outDir] = process.argv.slice(2);
const playwright = load();
const run = runner(cli);
mkdirSync(outDir, { recursive: true });
const deadline = setTimeout(() => { console.error('FAIL: timed out'); process.exit(1); }, 120_000);

let failed = false;
const browser = await playwright.chromium.launch({
  executablePath: chromium,
  args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update']
});
try {
  for (const [lang, fit, personas, overlay] of [['en', 'Fit', 'Personas', 'CSAT (1-5)'],
                                                ['de', 'Einpassen', 'Personas', null]]) {
    const file = path.join(outDir, `viewer-${lang}.waymark`);
    run(['new', file, '--template', 'sample', '--lang', lang, '--force']);
    const html = path.join(outDir, `viewer-${lang}.html`);
    const args = ['export', file, '-o', html, '--journey', 'all'];
    if (overlay) {
      run(['import-metrics', file, kpis]);
      args.push('--overlay', overlay);
    }
    run(args);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const requests = [];
    page.on('request', (r) => { if (!r.url().startsWith('data:')) requests.push(r.url()); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const url = pathToFileURL(html).href;
    await page.goto(url);
    check(await page.locator('html').getAttribute('lang') === lang, `${lang}: the page is in the project's language`);
    check(await page.locator('.journey').count() === 2, `${lang}: both journeys are in the file`);
    check(await page.locator('.journey.current').count() === 1, `${lang}: one journey shows`);
    check(await page.locator('#fit').textContent() === fit, `${lang}: the buttons speak the language`);
    const map = page.locator('.journey.current .map');
    const scale = async () => Number(await map.getAttribute('data-scale'));
    const fitted = await scale();
    check(fitted > 0.2 && fitted < 2, `${lang}: the map fits the window (scale ${fitted})`);
    await page.screenshot({ path: path.join(outDir, `viewer-${lang}.png`) });

    // Zoom with the button and with the keyboard, back with Fit and 0.
    await page.click('#zoom-in');
    check(await scale() > fitted, `${lang}: + zooms in`);
    await page.click('#fit');
    check(Math.abs(await scale() - fitted) < 1e-3, `${lang}: Fit fits again`);
    await map.focus();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    check(await scale() > fitted * 1.5, `${lang}: + on the keyboard zooms in`);
    await page.keyboard.press('0');
    check(Math.abs(await scale() - fitted) < 1e-3, `${lang}: 0 fits`);

    // A click on a card shows its details: the card under the pointer, not a neighbour.
    const hit = page.locator('.journey.current rect.hit').nth(5);
    const id = await hit.getAttribute('data-id');
    const card = await page.evaluate((cardId) => JSON.parse(document.getElementById('waymark-data').textContent)
      .journeys[0].cards.find((c) => c.id === cardId), id);
    const box = await hit.boundingBox();
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    check(await page.locator('#details h2').textContent() === card.text, `${lang}: a click shows "${card.text}"`);
    check(await page.locator(`.journey.current rect.hit.selected[data-id="${id}"]`).count() === 1,
          `${lang}: the clicked card is outlined`);
    check((await page.locator('#details').textContent()).includes(card.stage), `${lang}: its stage is named`);
    await page.screenshot({ path: path.join(outDir, `viewer-${lang}-card.png`) });

    // A drag pans the map and chooses nothing.
    const before = await page.locator('.journey.current .canvas').getAttribute('style');
    const m = await map.boundingBox();
    await page.mouse.move(m.x + 40, m.y + 40);
    await page.mouse.down();
    await page.mouse.move(m.x + 140, m.y + 90, { steps: 5 });
    await page.mouse.up();
    check(await page.locator('.journey.current .canvas').getAttribute('style') !== before, `${lang}: a drag pans`);
    check(await page.locator('#details h2').textContent() === card.text, `${lang}: a drag keeps the details`);

    if (overlay) {
      check((await page.locator('.journey.current .legend').textContent()).includes(overlay),
            `${lang}: the overlay's legend names ${overlay}`);
      // Zoomed far in, a friction point chosen from the list is brought into view.
      await map.focus();
      for (let i = 0; i < 6; ++i) await page.keyboard.press('+');
      await page.keyboard.press('Escape');
      const worst = page.locator('#details ol.worst li');
      check(await worst.count() >= 3, `${lang}: the worst friction points are listed`);
      const first = page.locator('#details ol.worst button').first();
      const name = await first.textContent();
      await first.click();
      check(await page.locator('#details h2').textContent() === name, `${lang}: a friction point opens its card`);
      const chosen = await page.locator('.journey.current rect.hit.selected').boundingBox();
      const shown = await map.boundingBox();
      check(chosen.x >= shown.x && chosen.y >= shown.y && chosen.x + chosen.width <= shown.x + shown.width &&
            chosen.y + chosen.height <= shown.y + shown.height, `${lang}: and brings it into view`);
    }

    // The second journey from the chooser.
    await page.selectOption('#journey', '1');
    check(await page.locator('.journey.current').getAttribute('aria-label') ===
          await page.locator('#journey option').nth(1).textContent(), `${lang}: the chooser switches journeys`);

    // The personas.
    await page.click('#personas-button');
    check(await page.locator('.persona').count() === 2, `${lang}: both personas show`);
    check(await page.locator('.persona h2').first().textContent() === 'Anna Keller', `${lang}: with their names`);
    await page.screenshot({ path: path.join(outDir, `viewer-${lang}-personas.png`) });

    // Printed: no buttons, every map and the personas.
    await page.emulateMedia({ media: 'print' });
    check(!(await page.locator('#zoom-in').isVisible()), `${lang}: print hides the buttons`);
    check(await page.locator('.journey').nth(0).isVisible() && await page.locator('.journey').nth(1).isVisible(),
          `${lang}: print shows every map`);
    check(await page.locator('.persona').first().isVisible(), `${lang}: print shows the personas`);
    await page.pdf({ path: path.join(outDir, `viewer-${lang}.pdf`), landscape: true });
    await page.emulateMedia({ media: 'screen' });

    check(errors.length === 0, `${lang}: no script errors ${errors.join('; ')}`);
    const elsewhere = requests.filter((r) => r !== url);
    check(elsewhere.length === 0, `${lang}: no request beyond the file itself ${elsewhere.join(' ')}`);
    await page.close();
  }
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.message}`);
} finally {
  await browser.close();
  clearTimeout(deadline);
}
process.exit(failed ? 1 : 0);
