package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

interface Audit {
  @Send("audit:log")
  void log(String text);
}

interface Journal {
  @Send("journal:log")
  void log(String text);
}

@IpcContract
// ERROR: [IpcConflictingInherited] Files inherits Audit.log(String) and Journal.log(String) with different channel annotations
interface Files extends Audit, Journal {}
