/**
 * "Fabric: Show Report": asks the server for the markdown report of a file (`fabric/report`)
 * and opens it beside the file, rendered, as a read-only document. The diff view shows its
 * documents the same way.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, ResponseError } from 'vscode-languageclient/node';
import { CABLES_METHOD, CablesParams, isReportResult, METHOD_NOT_FOUND, REPORT_METHOD, ReportParams } from './protocol';

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

/** What a command that shows the server's markdown for the active design asks and says. */
export interface MarkdownRequest {
  method: string;
  params(uri: string): unknown;
  /** The `fabric-report:` document the text is shown in. */
  documentFor(source: vscode.Uri): vscode.Uri;
  /** What it shows, after "Fabric: open a .fabric file to". */
  purpose: string;
  /** After "Fabric: the language server is not running, so". */
  notRunning: string;
  /** When the server does not know the method. */
  unsupported: string;
  /** Before the error's message. */
  failed: string;
  /** When the answer has no text. */
  noText: string;
}

const REPORT_REQUEST: MarkdownRequest = {
  method: REPORT_METHOD,
  params: (uri) => ({ uri, format: 'markdown' }) satisfies ReportParams,
  documentFor: reportUriFor,
  purpose: 'show its report',
  notRunning: 'there is no report',
  unsupported: 'this version of the language server does not provide reports (fabric/report).',
  failed: 'the language server could not build the report',
  noText: 'the language server sent no report text.',
};

export function showReport(
  client: LanguageClient | undefined,
  provider: ReportContentProvider,
  target?: vscode.Uri
): Promise<void> {
  return showServerMarkdown(client, provider, REPORT_REQUEST, target);
}

/** Asks the server for markdown about the target (or the active .fabric file) and shows it beside it. */
export async function showServerMarkdown(
  client: LanguageClient | undefined,
  provider: ReportContentProvider,
  request: MarkdownRequest,
  target?: vscode.Uri
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const source = target ?? (editor?.document.languageId === 'fabric' ? editor.document.uri : undefined);
  if (!source) {
    void vscode.window.showInformationMessage(`Fabric: open a .fabric file to ${request.purpose}.`);
    return;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(
      `Fabric: the language server is not running, so ${request.notRunning}. See the "Fabric Language Server" output.`
    );
    return;
  }
  let result: unknown;
  try {
    result = await client.sendRequest(request.method, request.params(client.code2ProtocolConverter.asUri(source)));
  } catch (e) {
    const message =
      e instanceof ResponseError && e.code === METHOD_NOT_FOUND
        ? request.unsupported
        : `${request.failed}: ${(e as Error).message}`;
    void vscode.window.showErrorMessage(`Fabric: ${message}`);
    return;
  }
  if (!isReportResult(result)) {
    void vscode.window.showErrorMessage(`Fabric: ${request.noText}`);
    return;
  }
  await showMarkdown(provider, request.documentFor(source), result.text);
}

/** Opens markdown text beside the editor, rendered (or as markdown source when there is no preview). */
export async function showMarkdown(provider: ReportContentProvider, uri: vscode.Uri, text: string): Promise<void> {
  provider.set(uri, text);
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
  } catch {
    // No markdown preview (the built-in extension is disabled): show the markdown source.
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.languages.setTextDocumentLanguage(document, 'markdown');
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  }
}

/**
 * "Show cables" (the code lens on a link): asks the server for the link's markdown cut sheet
 * (`fabric/cables`) and opens it beside the file, as "Show Report" does.
 */
export async function showCables(
  client: LanguageClient | undefined,
  provider: ReportContentProvider,
  uri: unknown,
  line: unknown
): Promise<void> {
  if (typeof uri !== 'string' || typeof line !== 'number') {
    void vscode.window.showInformationMessage('Fabric: "Show cables" is run from the code lens above a link.');
    return;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage('Fabric: the language server is not running, so there are no cables to show.');
    return;
  }
  let result: unknown;
  try {
    const params: CablesParams = { uri, line, format: 'markdown' };
    result = await client.sendRequest(CABLES_METHOD, params);
  } catch (e) {
    void vscode.window.showErrorMessage(`Fabric: the language server could not list the cables: ${(e as Error).message}`);
    return;
  }
  if (!isReportResult(result)) {
    void vscode.window.showErrorMessage('Fabric: the language server sent no cut sheet.');
    return;
  }
  const source = vscode.Uri.parse(uri);
  const name = path.posix.basename(source.path) || 'fabric';
  const cablesUri = vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.line-${line + 1}.cables.md`, query: uri });
  await showMarkdown(provider, cablesUri, result.text);
}
