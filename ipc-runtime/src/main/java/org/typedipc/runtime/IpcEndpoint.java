package org.typedipc.runtime;

import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
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
  static final String LAUNCHED_BY_VARIABLE = "TYPEDIPC_LAUNCHED_BY";

  private final String transport;
  private final String address;
  private final byte[] secret;
  private final OptionalLong launchedBy;

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
    this(requireText(transport), Objects.requireNonNull(address, "address"), Objects.requireNonNull(secret, "secret").clone(),
        OptionalLong.empty());
  }

  private IpcEndpoint(String transport, String address, byte[] secret, OptionalLong launchedBy) {
    this.transport = transport;
    this.address = address;
    this.secret = secret;
    this.launchedBy = launchedBy;
  }

  /**
   * Describes an endpoint of a built-in transport.
   *
   * @param kind the built-in transport
   * @param address the socket path for {@link TransportKind#UNIX_SOCKET}, {@code host:port} for
   *     {@link TransportKind#TCP}, empty for {@link TransportKind#STDIO}
   * @param secret the secret the renderer proves in the handshake; empty for none
   */
  public IpcEndpoint(TransportKind kind, String address, byte[] secret) {
    this(kind.transport().name(), address, secret);
  }

  private static String requireText(String transport) {
    if (transport == null || transport.isBlank()) {
      throw new IllegalArgumentException(ErrorMessages.missingTransportName());
    }
    return transport;
  }

  /** {@return the name of the transport} */
  public String transport() {
    return transport;
  }

  /** {@return the address: a socket path, {@code host:port}, or empty} */
  public String address() {
    return address;
  }

  /** {@return a copy of the secret} */
  public byte[] secret() {
    return secret.clone();
  }

  /**
   * This endpoint, for a renderer process that main (the process {@code mainProcessId}) launched:
   * the renderer's runtime ends its process once main's process or the connection ends, so that no
   * renderer outlives its main. {@link IpcMain#launch} sets it; an endpoint from an invitation
   * has none.
   *
   * @param mainProcessId the OS process id of main; positive
   * @return a copy that names main's process
   * @throws IllegalArgumentException if {@code mainProcessId} is not positive
   */
  public IpcEndpoint launchedBy(long mainProcessId) {
    if (mainProcessId <= 0) {
      throw new IllegalArgumentException(ErrorMessages.notAProcessId(mainProcessId));
    }
    return new IpcEndpoint(transport, address, secret, OptionalLong.of(mainProcessId));
  }

  /** {@return the process id of the main that launched the renderer, if it did} */
  public OptionalLong launchedBy() {
    return launchedBy;
  }

  /** {@return the environment variables that carry this endpoint to a renderer process} */
  public Map<String, String> toEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put(TRANSPORT_VARIABLE, transport);
    environment.put(ADDRESS_VARIABLE, address);
    environment.put(SECRET_VARIABLE, HexFormat.of().formatHex(secret));
    launchedBy.ifPresent(pid -> environment.put(LAUNCHED_BY_VARIABLE, Long.toString(pid)));
    return environment;
  }

  /**
   * Reads an endpoint from environment variables written by {@link #toEnvironment()}.
   *
   * @param environment the variables, e.g. {@code System.getenv()}
   * @return the endpoint they carry
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
    IpcEndpoint endpoint = new IpcEndpoint(transport, environment.getOrDefault(ADDRESS_VARIABLE, ""), secret);
    String launchedBy = environment.get(LAUNCHED_BY_VARIABLE);
    if (launchedBy == null) {
      return endpoint;
    }
    try {
      return endpoint.launchedBy(Long.parseLong(launchedBy));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(ErrorMessages.malformedEndpoint(LAUNCHED_BY_VARIABLE, e.getMessage()), e);
    }
  }

  @Override
  public String toString() {
    return transport + (address.isEmpty() ? "" : " " + address);
  }
}
