// Stands in for Electron's process.parentPort so main/rpc/core-process.ts runs under plain Node in tests:
// messages travel over Node's IPC channel instead, wrapped as Electron wraps them ({ data }).
const { EventEmitter } = require('node:events');

const parentPort = new EventEmitter();
parentPort.postMessage = (message) => process.send(message);
process.on('message', (data) => parentPort.emit('message', { data }));
process.parentPort = parentPort;
