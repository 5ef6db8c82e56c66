package org.typedipc.web.bindings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.typedipc.runtime.spi.Channel;
import org.typedipc.runtime.spi.Codec;
import org.typedipc.runtime.spi.WireWriter;

/**
 * The generated TypeScript codecs and the generated Java codecs write the same bytes. A contract
 * using every type the bindings map is compiled with the processor; values encoded by the Java
 * companion's codecs are decoded by the TypeScript bindings in Node and encoded again, and the
 * bytes must be equal; values built in TypeScript cross the other way, decoded and encoded again by
 * Java. Random values come from a logged seed ({@code -Dbindings.seed} replays it);
 * a few fixed values also check what TypeScript decoded.
 */
@Timeout(300)
class GeneratedBindingsCompatibilityTest {
  private static final int VALUES_PER_CODEC = 150;
  private static final Path ROUND_TRIP = BindingsBuild.PACKAGE.resolve("bindings-conformance/roundtrip.mjs");
  private static final Path RANDOM_VALUES = BindingsBuild.PACKAGE.resolve("bindings-conformance/random-catalog.ts");
  private static final Path WRITE_RANDOM_VALUES = BindingsBuild.PACKAGE.resolve("bindings-conformance/random-catalog.mjs");

  @TempDir Path work;

  /** One encoded value: the channel (its method name), args or result, the Java bytes, and what they were. */
  private record Vector(String channel, String part, String hex, String what) {}

  @Test
  void javaEncodedValuesDecodeInTypeScriptAndEncodeToTheSameBytes() throws Exception {
    long seed = Long.getLong("bindings.seed", System.nanoTime());
    System.out.println("GeneratedBindingsCompatibilityTest seed " + seed + " (replay with -Dbindings.seed=" + seed + ")");
    try (BindingsBuild build = BindingsBuild.of(Path.of("src/test/resources/bindings").toAbsolutePath(), work)) {
      Class<?> contract = build.load("bindings.Catalog");
      Class<?> companion = build.load("bindings.CatalogIpc");
      List<Vector> vectors = new ArrayList<>(fixedVectors(build, companion));
      int fixed = vectors.size();
      RandomJavaValues random = new RandomJavaValues(seed);
      for (Method method : sorted(contract)) {
        Channel<?, ?> channel = channel(companion, method);
        for (int i = 0; i < VALUES_PER_CODEC; i++) {
          Object args = args(build, companion, method, random);
          vectors.add(new Vector(method.getName(), "args", encode(channel.argsCodec(), args), describe(args)));
          if (method.getReturnType() != void.class) {
            Type result = ((ParameterizedType) method.getGenericReturnType()).getActualTypeArguments()[0];
            Object value = random.of(result);
            vectors.add(new Vector(method.getName(), "result", encode(channel.resultCodec(), value), describe(value)));
          }
        }
      }
      List<String> results = roundTripInNode(build, vectors);
      assertEquals(vectors.size(), results.size(), "Node answered every vector");
      for (int i = 0; i < vectors.size(); i++) {
        Vector vector = vectors.get(i);
        String result = results.get(i);
        String context = "seed " + seed + ", " + vector.channel() + " " + vector.part() + " " + vector.what();
        assertTrue(result.startsWith("ok "), () -> context + ": TypeScript failed: " + result);
        String[] parts = result.split(" ", 3);
        assertEquals(vector.hex(), parts[1], () -> context + ": TypeScript wrote other bytes; it decoded " + parts[2]);
        if (i < fixed) {
          assertEquals(vector.what(), parts[2], () -> context + ": TypeScript decoded another value");
        }
      }
    }
  }

  /**
   * The other way: seeded random values built in TypeScript and encoded by the generated codecs
   * decode in Java with the companion's codecs, and encode to the same bytes.
   */
  @Test
  void typeScriptEncodedValuesDecodeInJavaAndEncodeToTheSameBytes() throws Exception {
    long seed = Long.getLong("bindings.seed", System.nanoTime());
    System.out.println("GeneratedBindingsCompatibilityTest TypeScript seed " + seed + " (replay with -Dbindings.seed=" + seed + ")");
    try (BindingsBuild build = BindingsBuild.of(Path.of("src/test/resources/bindings").toAbsolutePath(), work, RANDOM_VALUES)) {
      Class<?> companion = build.load("bindings.CatalogIpc");
      Path output = build.typeScriptDir().resolve("typescript-values.txt");
      ExternalTool.run(BindingsBuild.PACKAGE, build.typeScriptDir().resolve("random.log"), List.of("node",
          WRITE_RANDOM_VALUES.toString(), build.javaScript("random-catalog.js").toString(), Long.toString(seed),
          Integer.toString(VALUES_PER_CODEC), output.toString()));
      List<String> lines = Files.readAllLines(output, StandardCharsets.UTF_8);
      assertEquals(VALUES_PER_CODEC * 5, lines.size(), "TypeScript wrote every value");
      LinkedHashSet<String> channels = new LinkedHashSet<>();
      for (String line : lines) {
        String[] parts = line.split(" ");
        Channel<?, ?> channel = channel(companion, parts[0].toUpperCase(java.util.Locale.ROOT));
        Codec<?> codec = parts[1].equals("args") ? channel.argsCodec() : channel.resultCodec();
        org.typedipc.runtime.spi.WireReader in = new org.typedipc.runtime.spi.WireReader(HexFormat.of().parseHex(parts[2]));
        Object value = codec.decode(in);
        in.requireFullyRead();
        assertEquals(parts[2], encode(codec, value),
            () -> "seed " + seed + ", " + parts[0] + " " + parts[1] + ": Java wrote other bytes for " + describe(value));
        channels.add(parts[0] + " " + parts[1]);
      }
      assertEquals(List.of("item args", "item result", "search args", "search result", "tag args"), List.copyOf(channels));
    }
  }

  /** Values whose TypeScript form is known: the argument tuples of two channels, described as the Node script does. */
  private static List<Vector> fixedVectors(BindingsBuild build, Class<?> companion) throws Exception {
    Object tagArgs = construct(build.load("bindings.CatalogIpc$TagArgs"), 1234567890123456789L,
        new LinkedHashSet<>(List.of("a", "b")), 'x', (byte) -5, (short) 300);
    Class<?> status = build.load("bindings.Catalog$Status");
    Object query = construct(build.load("bindings.Catalog$Query"), "hello", Optional.of(constant(status, "LIVE")),
        new LinkedHashSet<>(List.of(constant(status, "DRAFT"))),
        List.of(construct(build.load("bindings.Catalog$Fixed"), new BigDecimal("1.50")),
            construct(build.load("bindings.Catalog$Percent"), 10),
            constant(build.load("bindings.Catalog$Free"), "PROMO"),
            construct(build.load("bindings.Catalog$Bundle"), List.of(UUID.fromString("123e4567-e89b-12d3-a456-426614174000")))));
    return List.of(
        new Vector("tag", "args", encode(channel(companion, "TAG").argsCodec(), tagArgs),
            "[\"1234567890123456789n\",{\"set\":[\"a\",\"b\"]},\"x\",-5,300]"),
        new Vector("search", "args", encode(channel(companion, "SEARCH").argsCodec(), query),
            "[{\"text\":\"hello\",\"status\":\"LIVE\",\"statuses\":{\"set\":[\"DRAFT\"]},\"prices\":["
                + "{\"kind\":\"Fixed\",\"amount\":{\"unscaled\":\"150n\",\"scale\":2}},{\"kind\":\"Percent\",\"percent\":10},"
                + "\"PROMO\",{\"kind\":\"Bundle\",\"items\":[\"123e4567-e89b-12d3-a456-426614174000\"]}]}]"));
  }

  private static List<String> roundTripInNode(BindingsBuild build, List<Vector> vectors) throws IOException, InterruptedException {
    Path input = build.typeScriptDir().resolve("vectors.txt");
    Path output = build.typeScriptDir().resolve("results.txt");
    StringBuilder lines = new StringBuilder();
    for (Vector vector : vectors) {
      lines.append(vector.channel()).append(' ').append(vector.part()).append(' ').append(vector.hex()).append('\n');
    }
    Files.writeString(input, lines, StandardCharsets.UTF_8);
    ExternalTool.run(BindingsBuild.PACKAGE, build.typeScriptDir().resolve("node.log"), List.of("node", ROUND_TRIP.toString(),
        build.javaScript("bindings/Catalog.js").toString(), "CatalogChannels", input.toString(), output.toString()));
    return Files.readAllLines(output, StandardCharsets.UTF_8);
  }

  private static List<Method> sorted(Class<?> contract) {
    return Arrays.stream(contract.getMethods())
        .filter(m -> Modifier.isAbstract(m.getModifiers()))
        .sorted((a, b) -> a.getName().compareTo(b.getName()))
        .toList();
  }

  private static Channel<?, ?> channel(Class<?> companion, Method method) throws ReflectiveOperationException {
    return channel(companion, method.getName().toUpperCase(java.util.Locale.ROOT));
  }

  private static Channel<?, ?> channel(Class<?> companion, String constant) throws ReflectiveOperationException {
    return (Channel<?, ?>) companion.getField(constant + "_CHANNEL").get(null);
  }

  /** What a channel's arguments travel as: nothing, the one argument, or the companion's args record. */
  private static Object args(BindingsBuild build, Class<?> companion, Method method, RandomJavaValues random) throws Exception {
    Type[] parameters = method.getGenericParameterTypes();
    Object[] values = new Object[parameters.length];
    for (int i = 0; i < parameters.length; i++) {
      values[i] = random.of(parameters[i]);
    }
    if (values.length == 0) {
      return null;
    }
    if (values.length == 1) {
      return values[0];
    }
    String name = Character.toUpperCase(method.getName().charAt(0)) + method.getName().substring(1) + "Args";
    return construct(build.load(companion.getName() + "$" + name), values);
  }

  private static Object construct(Class<?> type, Object... values) throws ReflectiveOperationException {
    return type.getDeclaredConstructors()[0].newInstance(values);
  }

  private static Object constant(Class<?> enumType, String name) {
    for (Object constant : enumType.getEnumConstants()) {
      if (((Enum<?>) constant).name().equals(name)) {
        return constant;
      }
    }
    throw new IllegalArgumentException(name);
  }

  @SuppressWarnings("unchecked")
  private static String encode(Codec<?> codec, Object value) {
    WireWriter out = new WireWriter();
    ((Codec<Object>) codec).encode(out, value);
    return HexFormat.of().formatHex(out.toByteArray());
  }

  private static String describe(Object value) {
    return value != null && value.getClass().isArray() ? Arrays.deepToString(new Object[] {value}) : String.valueOf(value);
  }
}
