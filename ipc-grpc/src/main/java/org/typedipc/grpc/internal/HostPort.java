package org.typedipc.grpc.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/** A {@code host:port} address as endpoints carry it ({@code [::1]:port} for IPv6). */
public record HostPort(String host, int port) {
  public static HostPort parse(String address) throws IOException {
    try {
      URI uri = new URI("grpc://" + address);
      if (uri.getHost() == null || uri.getPort() < 0 || uri.getPath().length() > 0) {
        throw new IOException(GrpcMessages.badAddress(address));
      }
      String host = uri.getHost();
      return new HostPort(host.startsWith("[") ? host.substring(1, host.length() - 1) : host, uri.getPort());
    } catch (java.net.URISyntaxException e) {
      throw new IOException(GrpcMessages.badAddress(address), e);
    }
  }

  public static String format(String host, int port) {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  /** Whether every address {@code host} names is a loopback one; a name that does not resolve is not. */
  public static boolean isLoopback(String host) {
    try {
      InetAddress[] all = InetAddress.getAllByName(host);
      for (InetAddress one : all) {
        if (!one.isLoopbackAddress()) {
          return false;
        }
      }
      return all.length > 0;
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
