/**
 * Status-bar item with the IT power total of the active .fabric file's model
 * (`fabric/powerSummary`). Hidden for other files, while the server is not running, and when
 * the server does not answer the request.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { FabricCommands } from '../commands/commandConstants';
import { isPowerSummary, POWER_SUMMARY_METHOD, PowerSummaryParams } from './protocol';

const REFRESH_DELAY_MS = 400;

export class PowerStatusBar implements vscode.Disposable {
  private readonly item: vscode.StatusBarItem;
  private readonly disposables: vscode.Disposable[] = [];
  private client: LanguageClient | undefined;
  private timer: NodeJS.Timeout | undefined;
  private generation = 0;

  constructor() {
    this.item = vscode.window.createStatusBarItem('fabric.power', vscode.StatusBarAlignment.Right, 100);
    this.item.name = 'Fabric IT power';
    this.item.command = FabricCommands.SHOW_REPORT;
    this.disposables.push(
      this.item,
      vscode.window.onDidChangeActiveTextEditor(() => this.schedule(0)),
      vscode.workspace.onDidSaveTextDocument((d) => this.scheduleIfActive(d.uri)),
      vscode.workspace.onDidChangeTextDocument((e) => this.scheduleIfActive(e.document.uri)),
      // The server publishes diagnostics after each analysis: the totals may have changed too.
      vscode.languages.onDidChangeDiagnostics((e) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && e.uris.some((u) => u.toString() === active)) {
          this.schedule(REFRESH_DELAY_MS);
        }
      })
    );
  }

  /** The running client, or undefined while there is none (the item is hidden then). */
  setClient(client: LanguageClient | undefined): void {
    this.client = client;
    this.schedule(0);
  }

  private scheduleIfActive(uri: vscode.Uri): void {
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) {
      this.schedule(REFRESH_DELAY_MS);
    }
  }

  private schedule(delay: number): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.timer = setTimeout(() => void this.refresh(), delay);
  }

  private async refresh(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    const client = this.client;
    if (!document || document.languageId !== 'fabric' || !client || !client.isRunning()) {
      this.item.hide();
      return;
    }
    try {
      const params: PowerSummaryParams = { uri: client.code2ProtocolConverter.asUri(document.uri) };
      const summary: unknown = await client.sendRequest(POWER_SUMMARY_METHOD, params);
      if (generation !== this.generation) {
        return; // a newer refresh is under way
      }
      if (!isPowerSummary(summary)) {
        this.item.hide();
        return;
      }
      this.item.text = `$(zap) ${summary.itText}`;
      const tooltip = new vscode.MarkdownString(
        `**Fabric power** of this model\n\n` +
          `| | |\n|---|---:|\n| IT | ${summary.itText} |\n| Facility | ${summary.facilityText} |\n\n` +
          `Click for the full report.`
      );
      this.item.tooltip = tooltip;
      this.item.show();
    } catch {
      // Not implemented by this server version, or the model could not be analysed: no figure.
      if (generation === this.generation) {
        this.item.hide();
      }
    }
  }

  dispose(): void {
    if (this.timer) {
      clearTimeout(this.timer);
    }
    this.disposables.forEach((d) => d.dispose());
  }
}
