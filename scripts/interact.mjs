// Screenshots an element after keyboard steps, e.g. to look at the tooltip and focus ring.
// Usage: node scripts/interact.mjs <url> <selector> <out.png> [keys, comma-separated] [--width N] [--dark]
import { chromium } from 'playwright-core';

const [url, selector, out, keys = ''] = process.argv.slice(2).filter((a) => !a.startsWith('--') && !/^\d+$/.test(a));
const wi = process.argv.indexOf('--width');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--headless', '--disable-gpu', '--disable-background-networking'] });
const page = await browser.newPage({ viewport: { width: wi > 0 ? Number(process.argv[wi + 1]) : 800, height: 900 }, colorScheme: process.argv.includes('--dark') ? 'dark' : 'light' });
page.on('pageerror', (e) => console.log('pageerror', e.message));
await page.goto(url, { waitUntil: 'networkidle' });
const el = page.locator(selector).first();
await el.locator('.plot').focus();
for (const key of keys.split(',').filter(Boolean)) await page.keyboard.press(key);
await page.waitForTimeout(100);
await el.screenshot({ path: out });
console.log('live:', await el.evaluate((e) => e.shadowRoot.querySelector('#live')?.textContent));
await browser.close();
