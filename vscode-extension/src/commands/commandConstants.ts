/** Command IDs contributed in package.json (`contributes.commands`). No `vscode` import. */
export namespace FabricCommands {
  /** "Fabric: Show Report": the markdown report of the active file, beside it. */
  export const SHOW_REPORT = 'fabric.showReport';
  /** "Fabric: Compare with Git HEAD": the markdown diff of the active file's design against HEAD. */
  export const COMPARE_WITH_HEAD = 'fabric.compareWithHead';
  /** "Fabric: Restart Language Server". */
  export const RESTART_SERVER = 'fabric.restartServer';
}

/** Command IDs that are registered but not shown in the command palette. */
export namespace FabricInternalCommands {
  /** Opens the settings on `fabric.java.home` (button of the "no Java" message). */
  export const OPEN_JAVA_SETTINGS = 'fabric.internal.openJavaSettings';
  /** "Show cables": the code lens on a link runs it with the document's URI and the link's line. */
  export const SHOW_CABLES = 'fabric.showCables';
}
