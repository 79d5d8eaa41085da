/**
 * "Fabric: Compare with Git HEAD": asks the server for the markdown diff of the active file's
 * design against git HEAD (`fabric/diff`) and shows it beside the file, rendered, as the report
 * view shows a report. Unsaved edits count: the server compares the text the editor has.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient, ResponseError } from 'vscode-languageclient/node';
import { DIFF_METHOD, DiffParams, isReportResult, METHOD_NOT_FOUND } from './protocol';
import { REPORT_SCHEME, ReportContentProvider, showMarkdown } from './reportView';

/** `fabric-report:/<name>.diff.md?<source uri>`: one diff document per source file. */
export function diffUriFor(source: vscode.Uri): vscode.Uri {
  const name = path.posix.basename(source.path) || 'fabric';
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.diff.md`, query: source.toString() });
}

export async function compareWithHead(
  client: LanguageClient | undefined,
  provider: ReportContentProvider,
  target?: vscode.Uri
): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  const source = target ?? (editor?.document.languageId === 'fabric' ? editor.document.uri : undefined);
  if (!source) {
    void vscode.window.showInformationMessage('Fabric: open a .fabric file to compare it with git HEAD.');
    return;
  }
  if (!client || !client.isRunning()) {
    void vscode.window.showErrorMessage(
      'Fabric: the language server is not running, so there is nothing to compare. See the "Fabric Language Server" output.'
    );
    return;
  }
  let result: unknown;
  try {
    const params: DiffParams = { uri: client.code2ProtocolConverter.asUri(source), base: 'HEAD' };
    result = await client.sendRequest(DIFF_METHOD, params);
  } catch (e) {
    const message =
      e instanceof ResponseError && e.code === METHOD_NOT_FOUND
        ? 'this version of the language server cannot compare designs (fabric/diff).'
        : `cannot compare with git HEAD: ${(e as Error).message}`;
    void vscode.window.showErrorMessage(`Fabric: ${message}`);
    return;
  }
  if (!isReportResult(result)) {
    void vscode.window.showErrorMessage('Fabric: the language server sent no diff text.');
    return;
  }
  await showMarkdown(provider, diffUriFor(source), result.text);
}
