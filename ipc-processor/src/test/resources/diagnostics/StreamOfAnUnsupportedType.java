package test;

import java.util.concurrent.Flow;
import org.typedipc.api.IpcEvents;

@IpcEvents
interface Scans {
  // ERROR: [IpcUnsupportedType] The result of Scans.threads(String) cannot cross the wire
  Flow.Publisher<Thread> threads(String folder);
}
