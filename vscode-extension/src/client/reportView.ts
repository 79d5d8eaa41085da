/**
 * "Fabric: Show Report": asks the server for the markdown report of a file (`fabric/report`)
 * and opens it beside the file, rendered, as a read-only document. The diff view shows its
 * documents the same way.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, ResponseError } from 'vscode-languageclient/node';
import { isReportResult, METHOD_NOT_FOUND, REPORT_METHOD, ReportParams } from './protocol';

export const REPORT_SCHEME = 'fabric-report';

/** Holds the report texts shown as `fabric-report:` documents. */
export class ReportContentProvider implements vscode.TextDocumentContentProvider {
  private readonly reports = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, text: string): void {
    this.reports.set(uri.toString(), text);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.reports.get(uri.toString()) ?? '';
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** `fabric-report:/<name>.report.md?<source uri>`: one report document per source file. */
export function reportUriFor(source: vscode.Uri): vscode.Uri {
  const name = path.posix.basename(source.path) || 'fabric';
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.report.md`, query: source.toString() });
}

export async function showReport(
  client: LanguageClient | undefined,
  provider: ReportContentProvider,
  target?: vscode.Uri
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const source = target ?? (editor?.document.languageId === 'fabric' ? editor.document.uri : undefined);
  if (!source) {
    void vscode.window.showInformationMessage('Fabric: open a .fabric file to show its report.');
    return;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(
      'Fabric: the language server is not running, so there is no report. See the "Fabric Language Server" output.'
    );
    return;
  }
  let result: unknown;
  try {
    const params: ReportParams = { uri: client.code2ProtocolConverter.asUri(source), format: 'markdown' };
    result = await client.sendRequest(REPORT_METHOD, params);
  } catch (e) {
    const message =
      e instanceof ResponseError && e.code === METHOD_NOT_FOUND
        ? 'this version of the language server does not provide reports (fabric/report).'
        : `the language server could not build the report: ${(e as Error).message}`;
    void vscode.window.showErrorMessage(`Fabric: ${message}`);
    return;
  }
  if (!isReportResult(result)) {
    void vscode.window.showErrorMessage('Fabric: the language server sent no report text.');
    return;
  }
  const reportUri = reportUriFor(source);
  provider.set(reportUri, result.text);
  await openMarkdownBeside(reportUri);
}

/** Shows a `fabric-report:` document beside the editor: rendered, or as Markdown source without the preview. */
export async function openMarkdownBeside(uri: vscode.Uri): Promise<void> {
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // No markdown preview (the built-in extension is disabled): show the markdown source.
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}
