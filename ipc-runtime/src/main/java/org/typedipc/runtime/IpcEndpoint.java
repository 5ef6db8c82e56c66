package org.typedipc.runtime;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import org.typedipc.runtime.internal.messages.ErrorMessages;

/**
 * Where and how a renderer process reaches main: the transport, its address and a single-use
 * secret. Main hands it to a renderer through the environment (never the command line, which
 * other users can read); {@link RendererProcess#connect()} reads it back.
 */
public final class IpcEndpoint {
  static final String TRANSPORT_VARIABLE = "TYPEDIPC_TRANSPORT";
  static final String ADDRESS_VARIABLE = "TYPEDIPC_ADDRESS";
  static final String SECRET_VARIABLE = "TYPEDIPC_SECRET";

  private final String transport;
  private final String address;
  private final byte[] secret;

  /**
   * Describes an endpoint.
   *
   * @param transport the {@link org.typedipc.runtime.transport.Transport#name() name} of the
   *     transport, e.g. {@code "UNIX_SOCKET"}
   * @param address the socket path for {@link TransportKind#UNIX_SOCKET}, {@code host:port} for
   *     {@link TransportKind#TCP}, empty for {@link TransportKind#STDIO}
   * @param secret the secret the renderer proves in the handshake; empty for none
   */
  public IpcEndpoint(String transport, String address, byte[] secret) {
    this.transport = requireText(transport);
    this.address = Objects.requireNonNull(address, "address");
    this.secret = Objects.requireNonNull(secret, "secret").clone();
  }

  /** Describes an endpoint of a built-in transport. */
  public IpcEndpoint(TransportKind kind, String address, byte[] secret) {
    this(kind.transport().name(), address, secret);
  }

  private static String requireText(String transport) {
    if (transport == null || transport.isBlank()) {
      throw new IllegalArgumentException(ErrorMessages.missingTransportName());
    }
    return transport;
  }

  /** The name of the transport. */
  public String transport() {
    return transport;
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
    environment.put(TRANSPORT_VARIABLE, transport);
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
      throw new IllegalStateException(ErrorMessages.notLaunchedAsRenderer(TRANSPORT_VARIABLE));
    }
    byte[] secret;
    try {
      secret = HexFormat.of().parseHex(environment.getOrDefault(SECRET_VARIABLE, ""));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(ErrorMessages.malformedEndpoint(SECRET_VARIABLE, e.getMessage()), e);
    }
    return new IpcEndpoint(transport, environment.getOrDefault(ADDRESS_VARIABLE, ""), secret);
  }

  @Override
  public String toString() {
    return transport + (address.isEmpty() ? "" : " " + address);
  }
}
