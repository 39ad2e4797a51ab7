// zcloud never runs commander's executable subcommands, the only reason commander loads
// child_process; this stand-in saves loading it (and net, stream) at every start.
function unavailable() {
  throw new Error('child_process is not available in the zcloud bundle');
}
module.exports = { spawn: unavailable, execFileSync: unavailable };
