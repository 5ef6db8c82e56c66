/** Test contracts whose Money crosses the wire with a codec of its own, which a page supplies in TypeScript. */
@IpcCodecs(MoneyCodec.class)
package org.typedipc.web.pricing;

import org.typedipc.api.IpcCodecs;
