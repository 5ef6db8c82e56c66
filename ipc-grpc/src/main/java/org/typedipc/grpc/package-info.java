/**
 * Renderers on other hosts over gRPC: {@link org.typedipc.grpc.GrpcTransport} and its certificates,
 * {@link org.typedipc.grpc.GrpcTls}. Hand the transport to {@code ipcMain.listen(…)} on main and to
 * {@code RendererOptions.withTransports(…)} on the renderer.
 */
package org.typedipc.grpc;
