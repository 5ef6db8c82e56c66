package org.typedipc.runtime;

import java.util.ServiceLoader;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/** The {@link IpcRuntime} this module provides, loaded once on first use. */
final class ProvidedRuntime {
  static final IpcRuntime RUNTIME = ServiceLoader.load(IpcRuntime.class, IpcRuntime.class.getClassLoader())
      .findFirst()
      .orElseThrow(() -> new IllegalStateException(ErrorMessages.noRuntimeProvider()));

  private ProvidedRuntime() {}
}
