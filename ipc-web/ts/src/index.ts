export { WireReader, WireWriter, MAX_DEPTH } from './wire.js';
export type { Codec } from './codec.js';
export { noneCodec } from './codec.js';
export { UserCodecs } from './user-codecs.js';
export type { Channel, ChannelKind, Contract, DeclaredException } from './channel.js';
export { channels } from './channel.js';
export type { IpcValue } from './value.js';
export type {
  InvokeOptions,
  IpcHandler,
  IpcListener,
  IpcRenderer,
  IpcRendererEvent,
  IpcRendererInvokeEvent,
  IpcStreamHandler,
} from './renderer.js';
export type { StreamOptions } from './stream.js';
export { IpcMessagePort } from './port.js';
export type { IpcMessageChannel, IpcMessageEvent, PortCloseListener, PortMessageListener } from './port.js';
export { DEFAULT_WINDOW } from './stream.js';
export {
  IpcAccessDeniedError,
  IpcCodecError,
  IpcDeclaredError,
  IpcDisconnectedError,
  IpcPacketTooLargeError,
  IpcProtocolError,
  IpcRejectedError,
  IpcRemoteError,
  IpcTimeoutError,
  IpcValueError,
} from './errors.js';
export type { RemoteErrorKind } from './errors.js';
export { IpcDouble, IpcInstant, dynamicArgsCodec, dynamicValueCodec } from './value.js';
export { connect, connectToMain, PROTOCOL_VERSION } from './connection.js';
export type { ConnectOptions, Invitation, WebSocketConstructor } from './connection.js';
