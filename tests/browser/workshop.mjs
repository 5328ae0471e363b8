// SPDX-License-Identifier: GPL-3.0-or-later
// End to end in a real browser: Debian's chromium, driven by playwright-core, joins a
// workshop that `waymark-cli workshop` serves on 127.0.0.1, adds a note, votes and sees the
// timer, in English and German, on a phone-sized page; screenshots go to OUT_DIR.
// Usage: node workshop.mjs WAYMARK_CLI OUT_DIR   (NODE_MODULES: where playwright-core is)
// Exit 77 (skipped, said out loud) when chromium or playwright-core is missing.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { check, chromium, playwright as load, runner } from './common.mjs';

const [cli, outDir] = process.argv.slice(2);
const playwright = load();
const run = runner(cli);
mkdirSync(outDir, { recursive: true });
// Bounded: whatever happens, the run ends within two minutes.
const deadline = setTimeout(() => { console.error('FAIL: timed out'); cleanup(); process.exit(1); }, 120_000);

let server = null;
function cleanup() { if (server && server.exitCode === null) server.kill('SIGKILL'); }
process.on('exit', cleanup);

const file = path.join(outDir, 'browser.waymark');
run(['new', file, '--template', 'sample', '--lang', 'de', '--force']);
server = spawn(cli, ['workshop', file, '--bind', '127.0.0.1', '--port', '0', '--join-code', 'ABCD23',
                     '--timer', '5', '--vote', 'Which pain points hurt most?', '--dots', '3'],
               { env: { ...process.env, LC_ALL: 'C.UTF-8' } });
const url = await new Promise((resolve, reject) => {
  let out = '';
  server.stdout.on('data', (d) => {
    out += d;
    const m = out.match(/(http:\/\/127\.0\.0\.1:\d+\/)/);
    if (m) resolve(m[1]);
  });
  server.on('exit', (code) => reject(new Error(`the server ended early (${code}): ${out}`)));
});
const origin = url.replace(/\/$/, '');

let failed = false;
const browser = await playwright.chromium.launch({ executablePath: chromium, args: ['--no-sandbox'] });
try {
  for (const [lang, locale, name, sent, dotsLeft] of [
    ['en', 'en-GB', 'Anna', 'Sent. Thank you!', '0 dots left'],
    ['de', 'de-DE', 'Ben', 'Gesendet. Danke!', 'Noch 0 Punkte']]) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, locale,
    });
    const page = await context.newPage();
    const elsewhere = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin) && !r.url().startsWith('data:')) elsewhere.push(r.url()); });
    await page.goto(url + '#code=ABCD23');
    check(await page.inputValue('#code') === 'ABCD23', `${lang}: the QR code's link fills in the join code`);
    await page.fill('#name', name);
    await page.click('#joinForm button[type=submit]');
    await page.waitForSelector('#workView', { state: 'visible' });
    check(await page.textContent('#title') === 'Internetvertrag verlängern', `${lang}: the journey's name is shown`);
    check(/^\d+:\d\d$/.test(await page.textContent('#timer')), `${lang}: the timer counts down on the phone`);
    check(await page.textContent('#noteForm button[type=submit]') === (lang === 'de' ? 'Senden' : 'Send'), `${lang}: the page speaks the browser's language`);
    await page.click('#kinds button[data-kind=pain]');
    await page.selectOption('#stage', { index: 2 });
    await page.fill('#text', `<img src=x onerror="window.hacked=1"> Hold music, ${name}`);
    await page.click('#send');
    await page.waitForFunction((t) => document.getElementById('noteStatus').textContent === t, sent);
    check(true, `${lang}: the note was sent`);
    // Three dots on the first card of the round; then no dot is left.
    await page.waitForSelector('#roundView', { state: 'visible' });
    for (let i = 0; i < 3; ++i) {
      await page.click('#voteList .vote:first-child button:last-child');
      await page.waitForFunction((n) => document.querySelector('#voteList .vote:first-child .dots').textContent === '●'.repeat(n), i + 1);
    }
    check(await page.textContent('#dotsLeft') === dotsLeft, `${lang}: the dots are used up ("${dotsLeft}")`);
    check(await page.isDisabled('#voteList .vote:first-child button:last-child'), `${lang}: no more dots can be given`);
    // Wi-Fi drops: the socket closes, the page says so, reconnects by itself and gets the state again.
    await page.evaluate(() => { window.dropped = socket; socket.close(); });
    await page.waitForFunction(() => document.body.classList.contains('offline'));
    await page.waitForFunction(() => socket !== window.dropped && socket.readyState === WebSocket.OPEN &&
                                     !document.body.classList.contains('offline'), null, { timeout: 15_000 });
    check(true, `${lang}: the page reconnected after the socket dropped`);
    check(await page.evaluate(() => window.hacked === undefined), `${lang}: a note's markup is not run`);
    await page.screenshot({ path: path.join(outDir, `phone-${lang}.png`), fullPage: true });
    check(elsewhere.length === 0, `${lang}: no request left the workshop server (${elsewhere.join(', ')})`);
    await context.close();
  }
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.message}`);
} finally {
  await browser.close();
}
// SIGTERM: the server ends cleanly; the file has both notes and the closed round.
const ended = new Promise((resolve) => server.on('exit', (code) => resolve(code)));
server.kill('SIGTERM');
const code = await ended;
try {
  check(code === 0, 'the server stopped cleanly on SIGTERM');
  const notes = JSON.parse(run(['inbox', file, '--json'])).notes;
  check(notes.length === 2 && notes.every((n) => n.kind === 'pain' && n.text.startsWith('<img src=x')),
        'both notes are in the file, as typed');
  check(notes.map((n) => n.author).sort().join() === 'Anna,Ben', 'with their authors');
  const round = JSON.parse(run(['votes', file, '--json'])).rounds[0];
  check(round.closed !== '' && round.results[0].votes === 6 && round.voters === 2,
        'the round closed with 6 dots from 2 people on the top card');
} catch (e) {
  failed = true;
  console.error(`FAIL: ${e.message}`);
}
clearTimeout(deadline);
process.exit(failed ? 1 : 0);
