package org.typedipc.runtime;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Where and how a renderer process reaches main: the transport, its address and a single-use
 * secret. Main hands it to a renderer through the environment (never the command line, which
 * other users can read); {@link RendererProcess#connect()} reads it back.
 */
public final class IpcEndpoint {
  static final String TRANSPORT_VARIABLE = "TYPEDIPC_TRANSPORT";
  static final String ADDRESS_VARIABLE = "TYPEDIPC_ADDRESS";
  static final String SECRET_VARIABLE = "TYPEDIPC_SECRET";

  private final TransportKind kind;
  private final String address;
  private final byte[] secret;

  /**
   * Describes an endpoint.
   *
   * @param address the socket path for {@link TransportKind#UNIX_SOCKET}, {@code host:port} for
   *     {@link TransportKind#TCP}, empty for {@link TransportKind#STDIO}
   * @param secret the secret the renderer proves in the handshake; empty for none
   */
  public IpcEndpoint(TransportKind kind, String address, byte[] secret) {
    this.kind = Objects.requireNonNull(kind, "kind");
    this.address = Objects.requireNonNull(address, "address");
    this.secret = Objects.requireNonNull(secret, "secret").clone();
  }

  /** The transport. */
  public TransportKind kind() {
    return kind;
  }

  /** The address: a socket path, {@code host:port}, or empty. */
  public String address() {
    return address;
  }

  /** A copy of the secret. */
  public byte[] secret() {
    return secret.clone();
  }

  /** The environment variables that carry this endpoint to a renderer process. */
  public Map<String, String> toEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put(TRANSPORT_VARIABLE, kind.name());
    environment.put(ADDRESS_VARIABLE, address);
    environment.put(SECRET_VARIABLE, HexFormat.of().formatHex(secret));
    return environment;
  }

  /**
   * Reads an endpoint from environment variables written by {@link #toEnvironment()}.
   *
   * @throws IllegalStateException naming the variable that is missing or malformed
   */
  public static IpcEndpoint fromEnvironment(Map<String, String> environment) {
    String transport = environment.get(TRANSPORT_VARIABLE);
    if (transport == null) {
      throw new IllegalStateException(
          "This process was not launched as a typed-ipc renderer: " + TRANSPORT_VARIABLE
              + " is not set. Launch it with IpcMain.launch(…), or pass an IpcEndpoint to RendererProcess.connect(…).");
    }
    TransportKind kind;
    byte[] secret;
    try {
      kind = TransportKind.valueOf(transport);
      secret = HexFormat.of().parseHex(environment.getOrDefault(SECRET_VARIABLE, ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("Malformed typed-ipc endpoint in the environment: " + e.getMessage(), e);
    }
    return new IpcEndpoint(kind, environment.getOrDefault(ADDRESS_VARIABLE, ""), secret);
  }

  @Override
  public String toString() {
    return kind + (address.isEmpty() ? "" : " " + address);
  }
}
