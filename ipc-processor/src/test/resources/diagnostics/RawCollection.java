package test;

import java.util.List;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  @SuppressWarnings("rawtypes")
  // ERROR: java.util.List at List is a raw type. Give it type arguments, e.g. List<String>.
  void names(List names);
}
