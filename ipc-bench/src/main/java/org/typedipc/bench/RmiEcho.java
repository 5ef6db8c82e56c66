package org.typedipc.bench;

import java.rmi.Remote;
import java.rmi.RemoteException;

/** Java RMI's peer of the echo rows: the same bytes back, as a remote method. */
public interface RmiEcho extends Remote {
  /**
   * Answers its argument.
   *
   * @param bytes the payload
   * @return the same payload
   * @throws RemoteException if the call fails
   */
  byte[] echo(byte[] bytes) throws RemoteException;
}
