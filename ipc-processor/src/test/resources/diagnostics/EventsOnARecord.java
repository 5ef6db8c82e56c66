package test;

import org.typedipc.api.IpcEvents;

// ERROR: [IpcNotInterface] @IpcEvents applies to interfaces, but Progress is a record.
@IpcEvents
record Progress(int percent) {}
