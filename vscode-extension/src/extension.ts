/**
 * Entry point. Only orchestrates: highlighting, brackets and comments are declarative
 * (package.json) and work without the server; this finds Java, starts the bundled server,
 * and registers the commands and the power status-bar item. Snippets are the server's
 * (completion), as in every other editor.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { FabricCommands, FabricInternalCommands } from './commands/commandConstants';
import { createLanguageClient, sendCatalogs } from './client/fabricClient';
import { PowerStatusBar } from './client/powerStatusBar';
import { compareWithHead } from './client/diffView';
import { REPORT_SCHEME, ReportContentProvider, showCables, showReport } from './client/reportView';
import { JavaNotFoundError, resolveServerLaunch, ServerJarMissingError } from './server/javaLauncher';
import { resolveCatalogPaths } from './settings/catalogs';

const OUTPUT_CHANNEL_NAME = 'Fabric Language Server';
/** The setting whose change needs a new server process: it chooses the Java that runs it. */
const JAVA_HOME_SETTING = 'fabric.java.home';
/** Sent to the running server (workspace/didChangeConfiguration). */
const CATALOGS_SETTING = 'fabric.catalogs';

let client: LanguageClient | undefined;
let output: vscode.OutputChannel;
let statusBar: PowerStatusBar;
let starting: Promise<void> = Promise.resolve();
/** The fabric.java.home of the latest (re)start: a change of it, and only that, needs a new server. */
let requestedJavaHome: string | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  output = vscode.window.createOutputChannel(OUTPUT_CHANNEL_NAME);
  statusBar = new PowerStatusBar();
  const reports = new ReportContentProvider();
  context.subscriptions.push(
    output,
    statusBar,
    reports,
    vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, reports),
    vscode.commands.registerCommand(FabricCommands.SHOW_REPORT, (uri?: vscode.Uri) =>
      showReport(client, reports, uri instanceof vscode.Uri ? uri : undefined)
    ),
    vscode.commands.registerCommand(FabricCommands.COMPARE_WITH_HEAD, (uri?: vscode.Uri) =>
      compareWithHead(client, reports, uri instanceof vscode.Uri ? uri : undefined)
    ),
    vscode.commands.registerCommand(FabricInternalCommands.SHOW_CABLES, (uri?: unknown, line?: unknown) =>
      showCables(client, reports, uri, line)
    ),
    vscode.commands.registerCommand(FabricCommands.RESTART_SERVER, () => restart(context)),
    vscode.commands.registerCommand(FabricInternalCommands.OPEN_JAVA_SETTINGS, () =>
      vscode.commands.executeCommand('workbench.action.openSettings', 'fabric.java.home')
    ),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(JAVA_HOME_SETTING)) {
        restartIfJavaHomeChanged(context);
      }
      if (e.affectsConfiguration(CATALOGS_SETTING) && client) {
        void sendCatalogs(client, currentCatalogs());
      }
    }),
    // In Restricted Mode a workspace's fabric.java.home is not read (package.json,
    // restrictedConfigurations); once the workspace is trusted it may choose another Java.
    vscode.workspace.onDidGrantWorkspaceTrust(() => restartIfJavaHomeChanged(context))
  );
  await restart(context);
}

export async function deactivate(): Promise<void> {
  await stopClient();
}

function javaHomeSetting(): string {
  return vscode.workspace.getConfiguration('fabric').get<string | null>('java.home')?.trim() ?? '';
}

/** Trusting a workspace and changing the setting both say so; one restart is enough. */
function restartIfJavaHomeChanged(context: vscode.ExtensionContext): void {
  if (javaHomeSetting() !== requestedJavaHome) {
    void restart(context);
  }
}

/** Stops the server if it runs, then starts it again with the current settings. */
function restart(context: vscode.ExtensionContext): Promise<void> {
  requestedJavaHome = javaHomeSetting();
  starting = starting.then(async () => {
    await stopClient();
    await startClient(context);
  });
  return starting;
}

async function stopClient(): Promise<void> {
  const running = client;
  client = undefined;
  statusBar?.setClient(undefined);
  if (running) {
    try {
      await running.stop();
    } catch (e) {
      output.appendLine(`Stopping the server failed: ${(e as Error).message}`);
    }
    await running.dispose();
  }
}

async function startClient(context: vscode.ExtensionContext): Promise<void> {
  let launch;
  try {
    launch = await resolveServerLaunch({ extensionRoot: context.extensionPath, javaHome: javaHomeSetting() });
  } catch (e) {
    reportStartFailure(e as Error);
    return;
  }
  output.appendLine(
    `Starting the Fabric language server with Java ${launch.java.version} from ${launch.java.source}: ` +
      `${launch.command} ${launch.args.join(' ')}`
  );
  const newClient = createLanguageClient(launch, { catalogs: currentCatalogs() }, output);
  try {
    await newClient.start();
  } catch (e) {
    output.appendLine(`The Fabric language server did not start: ${(e as Error).message}`);
    void vscode.window.showErrorMessage(
      'Fabric: the language server did not start. Highlighting still works; see the "Fabric Language Server" output for why.',
      'Show Output'
    ).then((choice) => choice && output.show());
    return;
  }
  client = newClient;
  statusBar.setClient(newClient);
}

/** `fabric.catalogs` as absolute paths. */
function currentCatalogs(): string[] {
  const baseDir = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  return resolveCatalogPaths(vscode.workspace.getConfiguration('fabric').get<unknown[]>('catalogs'), baseDir);
}

function reportStartFailure(error: Error): void {
  output.appendLine(error.message);
  if (error instanceof JavaNotFoundError) {
    void vscode.window
      .showErrorMessage(`Fabric: ${error.message}`, 'Open Settings', 'Show Output')
      .then((choice) => {
        if (choice === 'Open Settings') {
          void vscode.commands.executeCommand(FabricInternalCommands.OPEN_JAVA_SETTINGS);
        } else if (choice === 'Show Output') {
          output.show();
        }
      });
  } else if (error instanceof ServerJarMissingError) {
    void vscode.window.showErrorMessage(`Fabric: ${error.message}`);
  } else {
    void vscode.window.showErrorMessage(`Fabric: the language server could not be started: ${error.message}`);
  }
}
