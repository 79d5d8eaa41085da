// The VS Code window: Debian's Chromium, headless, driven by playwright-core, showing the
// workbench that code-server serves. Everything here acts as a user does (keys, clicks,
// mouse over text) and reads what a user sees (the DOM of the workbench).
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { BrowserContext, chromium, Locator, Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

// As root, headless, with no network but loopback: no sandbox (root), no GPU, and none of the
// background requests that a closed network refuses.
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** Tall enough that the seed design (105 lines, with its code lenses) fits without scrolling. */
const VIEWPORT = { width: 1400, height: 2400 };

export type Severity = 'error' | 'warning' | 'info';

export class Workbench {
  private constructor(
    readonly page: Page,
    private readonly context: BrowserContext,
    private readonly profile: string
  ) {}

  /** Opens the workbench at `url` and waits until it is drawn. */
  static async open(url: string): Promise<Workbench> {
    const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'fabric-chromium-'));
    let context: BrowserContext | undefined;
    try {
      context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM,
        headless: true,
        viewport: VIEWPORT,
        args: CHROMIUM_ARGS,
        // Chromium's caches and settings store in the profile's folder, not the user's.
        env: { ...process.env, XDG_CACHE_HOME: path.join(profile, 'cache'), XDG_CONFIG_HOME: path.join(profile, 'config') },
      });
      const page = context.pages()[0] ?? (await context.newPage());
      // Generous: two cores shared with a Maven build can be slow; a step that passes is not slower.
      page.setDefaultTimeout(60_000);
      await page.goto(url);
      await page.waitForSelector('.monaco-workbench .part.editor', { timeout: 90_000 });
      return new Workbench(page, context, profile);
    } catch (e) {
      await context?.close();
      fs.rmSync(profile, { recursive: true, force: true });
      throw e;
    }
  }

  async close(): Promise<void> {
    await this.context.close();
    fs.rmSync(this.profile, { recursive: true, force: true });
  }

  async screenshot(file: string): Promise<void> {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await this.page.screenshot({ path: file });
  }

  /** Quick Open (Ctrl+P), the file's name, a click on it in the list. */
  async openFile(name: string): Promise<void> {
    await this.page.keyboard.press('Control+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(name);
    await this.page.locator('.quick-input-list .monaco-list-row', { hasText: name }).first().click();
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor();
    await this.page.locator('.monaco-editor .view-lines').first().waitFor();
  }

  /** Runs a command from the command palette (F1), by its title as the palette shows it. */
  async runCommand(title: string): Promise<void> {
    await this.page.keyboard.press('F1');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(`>${title}`);
    // Enter runs the focused row; wait until the list has caught up with the typing.
    await this.page
      .locator('.quick-input-list .monaco-list-row.focused')
      .filter({ has: this.page.locator('.label-name', { hasText: new RegExp(`^${escape(title)}$`) }) })
      .waitFor();
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Ctrl+G to a line (and column), 1-based. */
  async goToLine(line: number, column?: number): Promise<void> {
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor();
    await input.fill(column ? `:${line}:${column}` : `:${line}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
  }

  /** Replaces the text of a line after its indentation, by typing. */
  async retypeLine(line: number, text: string): Promise<void> {
    await this.goToLine(line);
    await this.page.keyboard.press('End');
    await this.page.keyboard.press('Shift+Home');
    await this.page.keyboard.type(text);
  }

  /** The text of the active editor's lines that are drawn, by line number. */
  async visibleLines(): Promise<Map<number, string>> {
    const rows = await this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor')!;
      const numbers = [...editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')];
      const lines = [...editor.querySelectorAll<HTMLElement>('.view-lines .view-line')];
      return lines.map((l) => {
        const top = l.getBoundingClientRect().top;
        const n = numbers.find((x) => Math.abs(x.getBoundingClientRect().top - top) < 2);
        return [Number(n?.textContent ?? -1), (l.textContent ?? '').replace(/\u00a0/g, ' ')] as [number, string];
      });
    });
    return new Map(rows.filter(([n]) => n > 0));
  }

  /** The squiggles drawn in the active editor: line number → severity (the most severe). */
  async squiggles(): Promise<Map<number, Severity>> {
    const found = await this.page.evaluate(() => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor')!;
      const numbers = [...editor.querySelectorAll<HTMLElement>('.margin-view-overlays .line-numbers')].map((e) => ({
        line: Number(e.textContent),
        top: e.getBoundingClientRect().top,
        bottom: e.getBoundingClientRect().bottom,
      }));
      return [...editor.querySelectorAll<HTMLElement>('.squiggly-error, .squiggly-warning, .squiggly-info')].map((s) => {
        const top = s.getBoundingClientRect().top;
        const at = numbers.find((n) => top >= n.top - 1 && top < n.bottom - 1);
        const severity = s.classList.contains('squiggly-error') ? 'error' : s.classList.contains('squiggly-warning') ? 'warning' : 'info';
        return [at?.line ?? -1, severity] as [number, string];
      });
    });
    const rank = { error: 0, warning: 1, info: 2 } as const;
    const result = new Map<number, Severity>();
    for (const [line, severity] of found as Array<[number, Severity]>) {
      const had = result.get(line);
      if (!had || rank[severity] < rank[had]) {
        result.set(line, severity);
      }
    }
    return result;
  }

  /** The colours of the tokens of a drawn line, in order: [text, CSS colour]. */
  async tokenColours(line: number): Promise<Array<[string, string]>> {
    return (await this.lineElement(line)).evaluate((l) =>
      [...l.querySelectorAll<HTMLElement>(':scope > span > span')]
        .filter((s) => (s.textContent ?? '').trim() !== '')
        .map((s) => [s.textContent!.replace(/\u00a0/g, ' '), getComputedStyle(s).color] as [string, string])
    );
  }

  /** Moves the mouse over the first token `token` on a drawn line and returns the hover's text. */
  async hover(line: number, token: string): Promise<string> {
    await this.page.mouse.move(1, 1);
    await this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').waitFor({ state: 'detached' }).catch(() => undefined);
    const span = (await this.lineElement(line)).locator(':scope > span > span', { hasText: new RegExp(`^${escape(token)}$`) }).first();
    const box = (await span.boundingBox())!;
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    const hover = this.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').filter({ hasText: /\S/ }).first();
    await hover.waitFor();
    const text = await hover.innerText();
    await this.page.mouse.move(1, 1);
    return text;
  }

  /** Ctrl+Space at the cursor; the rows of the suggestion list, as screen readers get them. */
  async suggestions(): Promise<string[]> {
    await this.page.keyboard.press('Control+Space');
    const rows = this.page.locator('.suggest-widget.visible .monaco-list-row');
    await rows.first().waitFor();
    // The list fills in as providers answer; it is complete when it stops changing.
    let last = '';
    for (let i = 0; i < 20; i++) {
      const now = (await rows.evaluateAll((r) => r.map((e) => e.getAttribute('aria-label') ?? ''))).join('\n');
      if (now === last) {
        break;
      }
      last = now;
      await this.page.waitForTimeout(250);
    }
    return last.split('\n');
  }

  /** Clicks the light bulb of the cursor's line and then the action with this title. */
  async applyFromLightBulb(title: RegExp): Promise<string[]> {
    const bulb = this.page.locator('.editor-group-container.active .lightBulbWidget');
    await bulb.waitFor();
    await bulb.click();
    const rows = this.page.locator('.action-widget .monaco-list-row.action');
    await rows.first().waitFor();
    const titles = await rows.allInnerTexts();
    // The menu ignores clicks until the mouse has moved over it, as a person's would have.
    const row = rows.filter({ hasText: title }).first();
    const box = (await row.boundingBox())!;
    await this.page.mouse.move(box.x + 10, box.y + box.height / 2, { steps: 3 });
    await this.page.mouse.click(box.x + 10, box.y + box.height / 2);
    await this.page.locator('.action-widget').waitFor({ state: 'hidden' });
    return titles.map((t) => t.trim());
  }

  /** A status-bar entry's text, by its id (`<publisher>.<extension>.<item id>` for extensions). */
  statusBarItem(id: string) {
    return this.page.locator(`[id="${id}"]`);
  }

  /** Error, warning and info counts from the Problems panel. */
  async problemsPanel(): Promise<{ error: number; warning: number; info: number }> {
    await this.page.keyboard.press('Control+Shift+M');
    const markers = this.page.locator('.markers-panel .monaco-list-row');
    await markers.first().waitFor();
    await this.page.waitForTimeout(500);
    const icons = await markers.evaluateAll((rows) =>
      rows.map((r) => {
        const icon = r.querySelector('.marker-icon')?.classList;
        return icon?.contains('error') ? 'error' : icon?.contains('warning') ? 'warning' : icon?.contains('info') ? 'info' : '';
      })
    );
    await this.page.keyboard.press('Control+Shift+M');
    return {
      error: icons.filter((i) => i === 'error').length,
      warning: icons.filter((i) => i === 'warning').length,
      info: icons.filter((i) => i === 'info').length,
    };
  }

  /** The notifications of this session (Notifications: Show Notifications), severity and text. */
  async notifications(): Promise<Array<{ severity: string; text: string }>> {
    await this.runCommand('Notifications: Show Notifications');
    const items = this.page.locator('.notifications-center .notification-list-item');
    await this.page.locator('.notifications-center').waitFor();
    const result = await items.evaluateAll((rows) =>
      rows.map((r) => {
        const icon = r.querySelector('.notification-list-item-icon')?.className ?? '';
        const severity = icon.includes('codicon-error') ? 'error' : icon.includes('codicon-warning') ? 'warning' : 'info';
        return { severity, text: (r.querySelector('.notification-list-item-message') as HTMLElement | null)?.innerText ?? '' };
      })
    );
    await this.page.keyboard.press('Escape');
    return result;
  }

  /** The drawn line `line` (1-based) of the active editor; fails when it is not on screen. */
  private async lineElement(line: number): Promise<Locator> {
    const index = await this.page.evaluate((n) => {
      const editor = document.querySelector('.editor-group-container.active .monaco-editor')!;
      const number = [...editor.querySelectorAll('.margin-view-overlays .line-numbers')].find((e) => Number(e.textContent) === n);
      if (!number) {
        return -1;
      }
      const top = number.getBoundingClientRect().top;
      return [...editor.querySelectorAll('.view-lines .view-line')].findIndex((l) => Math.abs(l.getBoundingClientRect().top - top) < 2);
    }, line);
    if (index < 0) {
      throw new Error(`line ${line} is not on screen`);
    }
    return this.page.locator('.editor-group-container.active .monaco-editor .view-lines .view-line').nth(index);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
