package test;

import java.util.ArrayList;
import java.util.Map;
import org.typedipc.api.IpcContract;

@IpcContract
interface Files {
  // ERROR: java.util.ArrayList<java.lang.String> at Map[value] is a collection type other than List, Set or Map. Declare it as List, Set or Map.
  void tags(Map<String, ArrayList<String>> tags);
}
