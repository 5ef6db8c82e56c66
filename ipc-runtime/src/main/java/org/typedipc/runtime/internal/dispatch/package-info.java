/**
 * What main's side and a renderer's side of the dispatch core share: the links each side calls to
 * reach the other ({@link org.typedipc.runtime.internal.dispatch.MainLink}, {@link
 * org.typedipc.runtime.internal.dispatch.RendererLink}, {@link
 * org.typedipc.runtime.internal.dispatch.ReplySink}), listener registries, inbound messages,
 * payload encoding and remote errors. Layer: uses the SPI, the user API, the loop and the catalogue.
 */
package org.typedipc.runtime.internal.dispatch;
