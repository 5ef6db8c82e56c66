import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IpcAccessDeniedError, IpcRemoteError, WireWriter } from '../src/index.js';
import { connectedPage, packet } from './scripted-main.js';

const REPLY_ERROR = 14;

/** Main's failure answer (kind 0, handler failed) to the page's first request. */
const handlerFailed = (className: string, message: string): Uint8Array =>
  packet(REPLY_ERROR, new WireWriter(64).writeLong(1n).writeByte(0).writeBoolean(true).writeString(className)
    .writeBoolean(true).writeString(message).toByteArray());

test("main's refusal of a call reaches the page as an IpcAccessDeniedError naming the channel", async () => {
  const { page, socket } = await connectedPage();
  const refusal = "The sender policy of channel 'settings:write' refuses frame 2 (subframe) of renderer #1; no listener or handler ran.";

  const call = page.invoke('settings:write', 'dark');
  socket.feed(handlerFailed('org.typedipc.runtime.IpcAccessDeniedException', refusal));

  await assert.rejects(call, (e: unknown) => {
    assert.ok(e instanceof IpcAccessDeniedError, String(e));
    assert.equal(e.name, 'IpcAccessDeniedError');
    assert.equal(e.message, refusal);
    assert.equal(e.channel, 'settings:write');
    return true;
  });
  page.close();
});

test("another exception of main's handler stays an IpcRemoteError", async () => {
  const { page, socket } = await connectedPage();

  const call = page.invoke('settings:write', 'dark');
  socket.feed(handlerFailed('java.lang.IllegalStateException', 'busy'));

  await assert.rejects(call, (e: unknown) => {
    assert.ok(e instanceof IpcRemoteError && !(e instanceof IpcAccessDeniedError), String(e));
    assert.equal(e.message, "Error invoking remote method 'settings:write': java.lang.IllegalStateException: busy");
    return true;
  });
  page.close();
});
