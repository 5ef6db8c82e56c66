package org.typedipc.runtime.internal.transport;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.channels.Channels;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import org.typedipc.runtime.internal.messages.ErrorMessages;
import org.typedipc.runtime.transport.ByteStream;
import org.typedipc.runtime.transport.Transport;
import org.typedipc.runtime.transport.TransportServer;

/**
 * The standard input and output of a renderer process main launched: private by construction, no
 * socket at all. Each launched process is the one peer of its pipes, so its HELLO is read by the
 * thread that then reads its connection, within the same size limit as a socket's. In the renderer the protocol owns standard output, so {@code System.out} is
 * pointed at standard error.
 */
public final class StdioTransport implements Transport {
  @Override
  public String name() {
    return "STDIO";
  }

  @Override
  public TransportServer listen() {
    throw new UnsupportedOperationException(ErrorMessages.cannotListenOn(name()));
  }

  @Override
  public boolean carriesLaunchedRenderers() {
    return true;
  }

  @Override
  public ByteStream attach(Process renderer) {
    return new StreamPair(renderer.getInputStream(), renderer.getOutputStream(), "the standard streams of process " + renderer.pid());
  }

  /** The renderer's side: this process's own standard input and output. */
  @Override
  public ByteStream connect(String address) {
    FileOutputStream stdout = new FileOutputStream(FileDescriptor.out);
    FileInputStream stdin = new FileInputStream(FileDescriptor.in);
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
    return new StreamPair(stdin, stdout, "standard input and output");
  }

  @Override
  public String toString() {
    return name();
  }

  /** An input and an output stream as channels. */
  private static final class StreamPair implements ByteStream {
    private final InputStream input;
    private final OutputStream output;
    private final ReadableByteChannel in;
    private final WritableByteChannel out;
    private final String description;

    StreamPair(InputStream input, OutputStream output, String description) {
      this.input = input;
      this.output = output;
      this.in = Channels.newChannel(input);
      this.out = new FlushingChannel(output);
      this.description = description;
    }

    @Override
    public ReadableByteChannel in() {
      return in;
    }

    @Override
    public WritableByteChannel out() {
      return out;
    }

    /** Two pipes: a write waits only for the peer to read, and this side's input fills meanwhile. */
    @Override
    public boolean readerMayWrite() {
      return true;
    }

    /**
     * Closes the pipe to the peer only. A pipe keeps what was written to it when its reader goes,
     * so the CLOSE is never lost; but a peer still writing to a pipe this side no longer reads gets
     * a broken pipe, and may report that instead of the CLOSE it had not read yet.
     */
    @Override
    public boolean shutdownOutput() throws java.io.IOException {
      out.close();
      return true;
    }

    @Override
    public String describe() {
      return description;
    }

    @Override
    public void close() throws java.io.IOException {
      try (input; output) {
        out.close();
      }
    }
  }
}
