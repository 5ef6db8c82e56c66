package test;

import java.util.List;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: ? extends java.lang.CharSequence at List[0] is a wildcard type.
  void names(List<? extends CharSequence> names);
}
