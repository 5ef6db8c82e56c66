package org.typedipc.processor;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The canonical signature of a channel and its SHA-256. The signature holds everything that
 * decides the bytes on the wire: the channel's kind and name, its argument and result types, and
 * the definition of every record, enum and sealed interface they reach (record components by name
 * and type, enum constants and sealed variants in order), and its declared exceptions with their
 * data. Parameter names are left out: renaming
 * one changes nothing on the wire.
 */
final class Fingerprints {
  private Fingerprints() {}

  static String signature(ChannelModel channel, Map<String, UserTypeDef> userTypes) {
    StringBuilder b = new StringBuilder();
    b.append(channel.kind().name()).append(' ').append(channel.channelName()).append('(');
    Set<String> reached = new LinkedHashSet<>();
    for (int i = 0; i < channel.parameters().size(); i++) {
      if (i > 0) {
        b.append(',');
      }
      WireType type = channel.parameters().get(i).type();
      b.append(type.canonical());
      reach(type, userTypes, reached);
    }
    b.append(')');
    if (channel.result() != null) {
      b.append("->").append(channel.result().canonical());
      reach(channel.result(), userTypes, reached);
    }
    for (int i = 0; i < channel.exceptions().size(); i++) {
      ExceptionDef exception = channel.exceptions().get(i);
      b.append(i == 0 ? " throws " : ",").append(exception.canonical());
      exception.fields().forEach(field -> reach(field.type(), userTypes, reached));
    }
    for (String name : reached) {
      b.append(';').append(name).append('=').append(userTypes.get(name).canonicalDefinition());
    }
    return b.toString();
  }

  /** The fingerprint of a whole contract: the SHA-256 of its channels' signatures, one per line, in order. */
  static String contract(ContractModel model) {
    StringBuilder all = new StringBuilder();
    for (ChannelModel channel : model.channels()) {
      all.append(signature(channel, model.userTypes())).append('\n');
    }
    return sha256(all.toString());
  }

  static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      StringBuilder hex = new StringBuilder(64);
      for (byte b : digest) {
        hex.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
      }
      return hex.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static void reach(WireType type, Map<String, UserTypeDef> userTypes, Set<String> reached) {
    if (type instanceof WireType.UserRef ref) {
      String name = ref.type().qualifiedName();
      if (!reached.add(name)) {
        return;
      }
      UserTypeDef def = userTypes.get(name);
      if (def instanceof UserTypeDef.RecordDef record) {
        record.components().forEach(c -> reach(c.type(), userTypes, reached));
      } else if (def instanceof UserTypeDef.SealedDef sealed) {
        sealed.variants().forEach(v -> reach(v, userTypes, reached));
      }
      return;
    }
    for (WireType child : WireType.children(type)) {
      reach(child, userTypes, reached);
    }
  }
}
