package test;

import org.typedipc.api.IpcContract;
import org.typedipc.api.Send;

// The contract is nested so that its companion may refer to it without an auxiliary-class warning.
class PaddedChannelName {
  @IpcContract
  interface Files {
    // WARNING(col 11): [IpcPaddedChannel] Channel name " log" of Files.log(String) starts or ends with white space, so callers that type "log" will not reach it. Remove the padding.
    @Send(" log")
    void log(String text);
  }
}
