// Loaded with `node --import` into a child process: any attempt to open a network
// connection or resolve a host name is recorded (to NO_NETWORK_LOG) and refused.
import { appendFileSync } from 'node:fs';
import net from 'node:net';
import dns from 'node:dns';
import tls from 'node:tls';

const log = process.env.NO_NETWORK_LOG;
function refuse(what) {
  if (log) appendFileSync(log, `${what}\n`);
  throw new Error(`network access blocked in this test: ${what}`);
}
const origConnect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function patchedConnect(...args) {
  const opts = args[0];
  // IPC over local pipes/Unix sockets (worker plumbing) is not network access.
  if (opts && typeof opts === 'object' && typeof opts.path === 'string') return origConnect.apply(this, args);
  if (typeof opts === 'string' && !/^\d+$/.test(opts)) return origConnect.apply(this, args);
  return refuse(`net.connect ${JSON.stringify(opts)}`);
};
tls.connect = () => refuse('tls.connect');
dns.lookup = (host) => refuse(`dns.lookup ${host}`);
dns.promises.lookup = async (host) => refuse(`dns.promises.lookup ${host}`);
globalThis.fetch = async (url) => refuse(`fetch ${String(url)}`);
