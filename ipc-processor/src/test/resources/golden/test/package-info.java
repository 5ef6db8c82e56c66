/** The golden contracts; Money crosses the wire with a codec of its own. */
@IpcCodecs(MoneyCodec.class)
package test;

import org.typedipc.api.IpcCodecs;
