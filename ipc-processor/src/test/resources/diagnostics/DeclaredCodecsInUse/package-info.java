@IpcCodecs({MoneyCodec.class, RgbCodec.class})
package test;

import org.typedipc.api.IpcCodecs;
