package org.typedipc.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** An endpoint survives its trip through the environment, including who launched the renderer. */
@Timeout(10)
class IpcEndpointTest {
  private static final byte[] SECRET = {1, 2, (byte) 0xff};

  @Test
  void anInvitationEndpointSaysNoOneLaunchedTheRenderer() {
    IpcEndpoint read = IpcEndpoint.fromEnvironment(new IpcEndpoint(TransportKind.TCP, "127.0.0.1:9", SECRET).toEnvironment());
    assertEquals("TCP", read.transport());
    assertEquals("127.0.0.1:9", read.address());
    assertArrayEquals(SECRET, read.secret());
    assertEquals(OptionalLong.empty(), read.launchedBy());
  }

  @Test
  void aLaunchedEndpointCarriesMainsProcessId() {
    IpcEndpoint launched = new IpcEndpoint(TransportKind.STDIO, "", new byte[0]).launchedBy(4242);
    assertEquals(OptionalLong.of(4242), IpcEndpoint.fromEnvironment(launched.toEnvironment()).launchedBy());
  }

  @Test
  void aProcessIdThatIsNoneIsRefused() {
    IpcEndpoint endpoint = new IpcEndpoint(TransportKind.STDIO, "", new byte[0]);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> endpoint.launchedBy(0));
    assertTrue(e.getMessage().contains("Not a process id: 0"), e.getMessage());
  }

  @Test
  void aMalformedLauncherVariableIsNamed() {
    Map<String, String> environment = new HashMap<>(new IpcEndpoint(TransportKind.STDIO, "", new byte[0]).toEnvironment());
    environment.put("TYPEDIPC_LAUNCHED_BY", "main");
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> IpcEndpoint.fromEnvironment(environment));
    assertTrue(e.getMessage().contains("TYPEDIPC_LAUNCHED_BY"), e.getMessage());
  }
}
