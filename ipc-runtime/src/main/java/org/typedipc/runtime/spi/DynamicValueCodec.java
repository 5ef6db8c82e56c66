package org.typedipc.runtime.spi;

import org.typedipc.runtime.internal.messages.ErrorMessages;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.typedipc.runtime.IpcValueException;

/**
 * The value model of string channels: null, Boolean, Integer, Long, Double, String, byte[],
 * Instant, List and Map with String keys, nested. Each value keeps its Java type across the wire
 * (an Integer comes back an Integer); anything else, a cycle or nesting past {@link
 * WireWriter#MAX_DEPTH} is rejected with the path to the offending value.
 */
final class DynamicValueCodec implements Codec<Object> {
  static final DynamicValueCodec INSTANCE = new DynamicValueCodec();

  private static final int NULL = 0;
  private static final int FALSE = 1;
  private static final int TRUE = 2;
  private static final int INT = 3;
  private static final int LONG = 4;
  private static final int DOUBLE = 5;
  private static final int STRING = 6;
  private static final int BYTES = 7;
  private static final int INSTANT = 8;
  private static final int LIST = 9;
  private static final int MAP = 10;

  private DynamicValueCodec() {}

  @Override
  public void encode(WireWriter out, Object value) {
    encodeArgument(out, value, -1);
  }

  /** Encodes one value; errors name it {@code args[index]}, or {@code result} for index -1. */
  void encodeArgument(WireWriter out, Object value, int index) {
    try {
      encode(out, value, null);
    } catch (Failure f) {
      String root = index < 0 ? "result" : "args[" + index + "]";
      throw new IpcValueException(f.message.apply(root + String.join("", f.path)));
    }
  }

  @Override
  public Object decode(WireReader in) {
    int tag = in.readByte();
    switch (tag) {
      case NULL:
        return null;
      case FALSE:
        return Boolean.FALSE;
      case TRUE:
        return Boolean.TRUE;
      case INT:
        in.charge(WireReader.OBJECT_BYTES);
        return in.readInt();
      case LONG:
        in.charge(WireReader.OBJECT_BYTES);
        return in.readLong();
      case DOUBLE:
        in.charge(WireReader.OBJECT_BYTES);
        return in.readDouble();
      case STRING:
        return in.readString();
      case BYTES:
        return in.readBytes();
      case INSTANT:
        return readInstant(in);
      case LIST:
        return readList(in);
      case MAP:
        return readMap(in);
      default:
        throw in.malformed(ErrorMessages.unknownValueTag(tag));
    }
  }

  /**
   * Encodes one value. {@code containers} holds the lists and maps being encoded around it, to find
   * cycles; it is created on first need. Failures unwind as {@link Failure}, each level adding its
   * path segment, so that the success path builds no path strings.
   */
  private void encode(WireWriter out, Object value, IdentityHashMap<Object, Boolean> containers) {
    if (value == null) {
      out.writeByte(NULL);
    } else if (value instanceof String) {
      writeString(out, (String) value);
    } else if (value instanceof Integer) {
      out.writeByte(INT).writeInt((Integer) value);
    } else if (value instanceof Boolean) {
      out.writeByte((Boolean) value ? TRUE : FALSE);
    } else if (value instanceof Long) {
      out.writeByte(LONG).writeLong((Long) value);
    } else if (value instanceof Double) {
      out.writeByte(DOUBLE).writeDouble((Double) value);
    } else if (value instanceof byte[]) {
      out.writeByte(BYTES).writeBytes((byte[]) value);
    } else if (value instanceof Instant) {
      Instant instant = (Instant) value;
      out.writeByte(INSTANT).writeLong(instant.getEpochSecond()).writeInt(instant.getNano());
    } else if (value instanceof List || value instanceof Map) {
      IdentityHashMap<Object, Boolean> open = containers == null ? new IdentityHashMap<>() : containers;
      if (open.put(value, Boolean.TRUE) != null) {
        throw new Failure(ErrorMessages::cyclicValue);
      }
      if (out.depth() >= WireWriter.MAX_DEPTH) {
        throw new Failure(path -> ErrorMessages.tooDeep(path, WireWriter.MAX_DEPTH));
      }
      out.enter("value");
      if (value instanceof List) {
        writeList(out, (List<?>) value, open);
      } else {
        writeMap(out, (Map<?, ?>) value, open);
      }
      out.exit();
      open.remove(value);
    } else {
      String type = value.getClass().getName();
      throw new Failure(path -> ErrorMessages.unsupportedValue(path, type));
    }
  }

  private static void writeString(WireWriter out, String value) {
    try {
      out.writeByte(STRING).writeString(value);
    } catch (IpcValueException e) {
      throw new Failure(path -> ErrorMessages.invalidStringValue(path, e.getMessage()));
    }
  }

  private void writeList(WireWriter out, List<?> list, IdentityHashMap<Object, Boolean> open) {
    Object[] elements = list.toArray();
    out.writeByte(LIST).writeLength(elements.length);
    for (int i = 0; i < elements.length; i++) {
      try {
        encode(out, elements[i], open);
      } catch (Failure f) {
        throw f.under("[" + i + "]");
      }
    }
  }

  private void writeMap(WireWriter out, Map<?, ?> map, IdentityHashMap<Object, Boolean> open) {
    Object[] entries = map.entrySet().toArray();
    out.writeByte(MAP).writeLength(entries.length);
    for (Object e : entries) {
      Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
      Object key = entry.getKey();
      if (key == null) {
        throw new Failure(ErrorMessages::nullKey);
      }
      if (!(key instanceof String)) {
        String type = key.getClass().getName();
        throw new Failure(path -> ErrorMessages.nonStringKey(path, type));
      }
      try {
        out.writeString((String) key);
      } catch (IpcValueException ex) {
        throw new Failure(path -> ErrorMessages.invalidMapKey(path, ex.getMessage()));
      }
      try {
        encode(out, entry.getValue(), open);
      } catch (Failure f) {
        throw f.under("." + key);
      }
    }
  }

  /** An encoding failure on its way up to {@link #encode(WireWriter, Object)}, collecting the path as it goes. */
  private static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Function<String, String> message;
    final ArrayDeque<String> path = new ArrayDeque<>();

    Failure(Function<String, String> message) {
      super(null, null, false, false);
      this.message = message;
    }

    Failure under(String segment) {
      path.addFirst(segment);
      return this;
    }
  }

  private static Instant readInstant(WireReader in) {
    in.charge(WireReader.OBJECT_BYTES + 8);
    long seconds = in.readLong();
    int nanos = in.readInt();
    if (nanos < 0 || nanos > 999_999_999
        || seconds < Instant.MIN.getEpochSecond() || seconds > Instant.MAX.getEpochSecond()) {
      throw in.malformed(ErrorMessages.instantOutOfRange(seconds, nanos));
    }
    return Instant.ofEpochSecond(seconds, nanos);
  }

  private List<Object> readList(WireReader in) {
    in.enter();
    int count = in.readCount(1);
    in.charge(CollectionCodecs.LIST_BYTES);
    List<Object> list = new ArrayList<>(CollectionCodecs.listCapacity(count));
    for (int i = 0; i < count; i++) {
      in.charge(WireReader.SLOT_BYTES);
      list.add(decode(in));
    }
    in.exit();
    return list;
  }

  private Map<String, Object> readMap(WireReader in) {
    in.enter();
    int count = in.readCount(2);
    // String keys: a bin of keys sharing a hash code is a tree, so collisions cost log n each.
    in.charge(CollectionCodecs.HASH_TABLE_BYTES);
    Map<String, Object> map = count == 0 ? new LinkedHashMap<>() : new LinkedHashMap<>(CollectionCodecs.hashCapacity(count));
    for (int i = 0; i < count; i++) {
      in.charge(CollectionCodecs.ENTRY_BYTES);
      String key = in.readString();
      if (map.put(key, decode(in)) != null || map.size() != i + 1) {
        throw in.malformed(ErrorMessages.duplicateMapKey(key));
      }
    }
    in.exit();
    return map;
  }
}
