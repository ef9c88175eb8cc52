// Starts `lov lsp` as the language server for .lov files when the lov program is on the
// PATH (or set in the lov.path setting); without it the extension still highlights.
'use strict';
const vscode = require('vscode');
const { execFile } = require('child_process');
const { LanguageClient, TransportKind } = require('vscode-languageclient/node');

let client;

function activate(context) {
  const config = vscode.workspace.getConfiguration('lov');
  const command = config.get('path') || 'lov';
  execFile(command, ['--version'], (error) => {
    if (error) {
      vscode.window.showInformationMessage(
        `lov: "${command}" blev ikke fundet. Installér lov fra en kopi af projektet ` +
        `(python3 -m pip install <mappen med lov>) eller angiv programmet i indstillingen lov.path; ` +
        `indtil da farves .lov-filer, men der er ingen diagnostik.`);
      return;
    }
    client = new LanguageClient(
      'lov',
      'lov',
      { command, args: ['lsp'], transport: TransportKind.stdio },
      {
        documentSelector: [
          { scheme: 'file', language: 'lov' }, { scheme: 'untitled', language: 'lov' },
          { scheme: 'file', language: 'lov-aendringslov' },  // an amending act: checked against the law beside it
        ],
        initializationOptions: { sprog: config.get('sprog') || 'da' },
      },
    );
    client.start();
    context.subscriptions.push({ dispose: () => client && client.stop() });
  });
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
