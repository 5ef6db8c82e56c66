package org.typedipc.web.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/** Short answers the server writes itself: a refusal, or the invitation's JSON. */
final class PlainResponses {
  private PlainResponses() {}

  static void write(Response response, Callback callback, int status, String contentType, String body) {
    response.setStatus(status);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType + "; charset=utf-8");
    // Secrets and refusals are never cached, and no CORS header lets another origin read them.
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
    response.write(true, ByteBuffer.wrap(body.getBytes(StandardCharsets.UTF_8)), callback);
  }

  static void forbidden(Response response, Callback callback, String why) {
    write(response, callback, 403, "text/plain", why + "\n");
  }
}
