package org.typedipc.bench;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.rmi.Remote;
import java.rmi.server.UnicastRemoteObject;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Java RMI as a peer: a child process ({@link #main}) exports an {@link RmiEcho} on loopback and
 * prints its stub (serialized, in Base64), so no registry is needed; {@link #measure} calls it one
 * call at a time from here.
 */
final class RmiPeer {
  private RmiPeer() {}

  /** Exports the echo, prints its stub on one line, and stops when standard input ends. */
  public static void main(String[] args) throws Exception {
    RmiEcho echo = new Echoing();
    Remote stub = UnicastRemoteObject.exportObject(echo, 0);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(stub);
    }
    System.out.println(Base64.getEncoder().encodeToString(bytes.toByteArray()));
    System.out.flush();
    System.in.transferTo(OutputStream.nullOutputStream());
    UnicastRemoteObject.unexportObject(echo, true);
  }

  /** The exported object; a named class, so that RMI's stub is the dynamic proxy of its remote interface. */
  private static final class Echoing implements RmiEcho {
    @Override
    public byte[] echo(byte[] bytes) {
      return bytes;
    }
  }

  /** Starts the peer in a child process, calls {@code echo(byte[])} sequentially with {@code workload}: p50 and p99 in µs. */
  static double[] measure(Children children, Workload workload) throws Exception {
    Process process = children.start(children.command(List.of("-Djava.rmi.server.hostname=127.0.0.1"), RmiPeer.class));
    try {
      String line = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII)).readLine();
      if (line == null) {
        throw new IllegalStateException("The RMI peer did not start; its standard error went to " + children.where());
      }
      RmiEcho echo;
      try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(line)))) {
        echo = (RmiEcho) in.readObject();
      }
      byte[] payload = new byte[workload.size()];
      return Stats.sequential(workload.warmup(), workload.count(), workload.rounds(), () -> echo.echo(payload));
    } finally {
      process.getOutputStream().close();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
