/**
 * Node flags the extension starts the language server with. Kept free of `vscode` and the LSP libraries so that
 * both the client (which passes them as `execArgv`) and `bench/keystroke.ts` (which measures exactly what ships)
 * can import them.
 */

/**
 * A 64 MB young generation (V8's semi-space). Every keystroke in a large workflow parses the whole document and
 * analyses it again; with node's default semi-space that version's objects outlive the scavenges and get promoted,
 * so each keystroke paid for old-generation collections. Measured with the keystroke benchmark on the 2,000-task
 * document, servers taking turns per keystroke: ≈ 28 % less server CPU per keystroke (see BENCHMARKS.md). The
 * young generation only grows to this size under that allocation pressure; small documents never reach it.
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=64'];
