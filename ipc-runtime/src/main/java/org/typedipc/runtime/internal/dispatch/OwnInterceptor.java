package org.typedipc.runtime.internal.dispatch;

import org.typedipc.runtime.IpcCall;
import org.typedipc.runtime.IpcInterceptor;

/**
 * One of a side's own interceptors, which runs before the user's: it says which calls it looks at,
 * so that a call it ignores, with no user's interceptor and no recording, builds no call object.
 */
public interface OwnInterceptor extends IpcInterceptor {
  /** Whether calls of {@code type} reach this interceptor's checks; for others it returns at once. */
  boolean follows(IpcCall.Type type);
}
