/**
 * A contract whose values cross the wire with codecs of the user's own, declared once for the
 * package: {@link org.typedipc.blackbox.custom.Money}, a plain class, and {@link
 * org.typedipc.blackbox.custom.Rgb}, a record whose declared codec replaces the generated one.
 */
@IpcCodecs({MoneyCodec.class, RgbCodec.class})
package org.typedipc.blackbox.custom;

import org.typedipc.api.IpcCodecs;
