/** Protocol wiring: the language client for the bundled server. */
import * as vscode from 'vscode';
import {
  DidChangeConfigurationNotification,
  DocumentSelector,
  Executable,
  LanguageClient,
  LanguageClientOptions,
  ServerOptions,
  TransportKind,
} from 'vscode-languageclient/node';
import { ServerLaunch } from '../server/javaLauncher';
import { FabricInitializationOptions } from '../settings/catalogs';

/** The client id: also the prefix of the trace setting, `fabric.trace.server`. */
export const CLIENT_ID = 'fabric';
export const CLIENT_NAME = 'Fabric Language Server';

export const FABRIC_DOCUMENTS: DocumentSelector = [
  { scheme: 'file', language: 'fabric' },
  { scheme: 'untitled', language: 'fabric' },
];

export function createLanguageClient(
  launch: ServerLaunch,
  initializationOptions: FabricInitializationOptions,
  outputChannel: vscode.OutputChannel
): LanguageClient {
  const executable: Executable = {
    command: launch.command,
    args: launch.args,
    transport: TransportKind.stdio,
  };
  const serverOptions: ServerOptions = { run: executable, debug: executable };
  const clientOptions: LanguageClientOptions = {
    documentSelector: FABRIC_DOCUMENTS,
    initializationOptions,
    outputChannel,
    // No `synchronize`: the server registers its own file watchers (so each change arrives
    // once), and the extension sends the one setting the server reads, `fabric.catalogs`,
    // itself (see sendCatalogs).
  };
  return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
}

/**
 * Tells the running server about new `fabric.catalogs` (`workspace/didChangeConfiguration`,
 * `{ fabric: { catalogs } }`, absolute paths): it re-analyses open files without a restart.
 */
export function sendCatalogs(client: LanguageClient, catalogs: string[]): Promise<void> {
  return client.sendNotification(DidChangeConfigurationNotification.type, { settings: { fabric: { catalogs } } });
}
