package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

class ConflictingInheritedChannels {
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

  // Redeclaring the method settles which channel it is.
  @IpcContract
  interface Ledger extends Audit, Journal {
    @Override
    @Send("ledger:log")
    void log(String text);
  }
}
