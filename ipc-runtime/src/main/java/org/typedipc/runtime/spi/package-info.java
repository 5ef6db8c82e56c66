/**
 * The SPI for generated companions and codec authors: typed {@link
 * org.typedipc.runtime.spi.Channel channels}, the handler and listener bases, {@link
 * org.typedipc.runtime.spi.Typed} (the typed side of the runtime's objects), and codecs — {@link
 * org.typedipc.runtime.spi.Codec}, the library {@link org.typedipc.runtime.spi.Codecs}, {@link
 * org.typedipc.runtime.spi.WireReader} and {@link org.typedipc.runtime.spi.WireWriter}.
 *
 * <p>Layer: above the user API, whose types it uses; below the dispatch core, which implements its
 * typed interfaces. Generated code imports only this package and the user API.
 */
package org.typedipc.runtime.spi;
