/**
 * "Fabric: Compare with Git HEAD": asks the server for the markdown diff of the active file's
 * design against git HEAD (`fabric/diff`) and shows it beside the file, rendered, as the report
 * view shows a report. Unsaved edits count: the server compares the text the editor has.
 */
import * as path from 'path';
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { DIFF_METHOD, DiffParams } from './protocol';
import { MarkdownRequest, REPORT_SCHEME, ReportContentProvider, showServerMarkdown } from './reportView';

/** `fabric-report:/<name>.diff.md?<source uri>`: one diff document per source file. */
export function diffUriFor(source: vscode.Uri): vscode.Uri {
  const name = path.posix.basename(source.path) || 'fabric';
  return vscode.Uri.from({ scheme: REPORT_SCHEME, path: `/${name}.diff.md`, query: source.toString() });
}

const DIFF_REQUEST: MarkdownRequest = {
  method: DIFF_METHOD,
  params: (uri) => ({ uri, base: 'HEAD' }) satisfies DiffParams,
  documentFor: diffUriFor,
  purpose: 'compare it with git HEAD',
  notRunning: 'there is nothing to compare',
  unsupported: 'this version of the language server cannot compare designs (fabric/diff).',
  failed: 'cannot compare with git HEAD',
  noText: 'the language server sent no diff text.',
};

export function compareWithHead(
  client: LanguageClient | undefined,
  provider: ReportContentProvider,
  target?: vscode.Uri
): Promise<void> {
  return showServerMarkdown(client, provider, DIFF_REQUEST, target);
}
