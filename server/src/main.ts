/**
 * Entry point of the language server process (`dist/server.js`), started by the extension over IPC (or stdio when
 * run by hand with `--stdio`).
 */
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { startServer } from './startServer';

startServer(createConnection(ProposedFeatures.all));
