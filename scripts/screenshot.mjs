// Takes a screenshot of a page (default: the demo) in headless Chromium, to look at.
// Usage: node scripts/screenshot.mjs <url> <out.png> [--width 800] [--dark] [--selector css] [--full]
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : fallback; };
const [url = 'http://localhost:8000/demo/', out = 'screenshot.png'] = args.filter((a, i) => !a.startsWith('--') && !['--width', '--selector'].includes(args[i - 1]));

const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(option('width', 800)), height: 900 }, colorScheme: flag('dark') ? 'dark' : 'light' });
const problems = [];
page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
await page.goto(url, { waitUntil: 'networkidle' });
await page.waitForFunction(() => [...document.querySelectorAll('crime-rate-trend, rate-per-100k, ranking-badge')].every((e) => e.getAttribute('status') !== 'loading'), null, { timeout: 10000 }).catch(() => problems.push('some element stayed loading'));
const selector = option('selector');
if (selector) await page.locator(selector).first().screenshot({ path: out });
else await page.screenshot({ path: out, fullPage: flag('full') });
await browser.close();
console.log(`wrote ${out}`);
for (const p of problems) console.log(p);
