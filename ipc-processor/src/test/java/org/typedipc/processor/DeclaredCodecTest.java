package org.typedipc.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.typedipc.processor.Sources.compile;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A codec declared in {@code @IpcCodecs} is used by the companion and is part of its fingerprint. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DeclaredCodecTest {
  private static final Pattern FINGERPRINT = Pattern.compile("new ContractDescriptor\\(\"test.Shop\",\\s*\"([0-9a-f]{64})\"");

  @Test
  void changingTheCodecClassChangesTheFingerprint() throws IOException {
    String withMoneyCodec = fingerprint(compileWith("MoneyCodec"));
    String withCentsCodec = fingerprint(compileWith("CentsCodec"));
    assertNotEquals(withMoneyCodec, withCentsCodec);
  }

  @Test
  void theCompanionTakesTheSingletonOrCallsTheConstructor() throws IOException {
    String companion = compileWith("MoneyCodec").generatedSourceFile("test.ShopIpc").orElseThrow().getCharContent(true).toString();
    assertTrue(companion.contains("Codecs.nullable(MoneyCodec.INSTANCE)"), companion);
    assertTrue(companion.contains("test.Money=codec(test.MoneyCodec)"), companion);
    String constructed = compileWith("CentsCodec").generatedSourceFile("test.ShopIpc").orElseThrow().getCharContent(true).toString();
    assertTrue(constructed.contains("Codecs.nullable(new CentsCodec())"), constructed);
  }

  private static Compilation compileWith(String codec) {
    JavaFileObject packageInfo = JavaFileObjects.forSourceLines("test.package-info",
        "@org.typedipc.api.IpcCodecs(" + codec + ".class)",
        "package test;");
    JavaFileObject money = JavaFileObjects.forSourceLines("test.Money",
        "package test;",
        "public record Money(long cents) {}");
    JavaFileObject moneyCodec = codec("MoneyCodec", "public static final MoneyCodec INSTANCE = new MoneyCodec();");
    JavaFileObject centsCodec = codec("CentsCodec", "");
    JavaFileObject shop = Sources.source("Shop",
        "@IpcContract",
        "public interface Shop {",
        "  void pay(Money amount);",
        "}");
    Compilation compilation = compile(packageInfo, money, moneyCodec, centsCodec, shop);
    assertThat(compilation).succeededWithoutWarnings();
    return compilation;
  }

  private static JavaFileObject codec(String name, String member) {
    return JavaFileObjects.forSourceLines("test." + name,
        "package test;",
        "import org.typedipc.runtime.spi.*;",
        "public final class " + name + " implements Codec<Money> {",
        "  " + member,
        "  @Override public void encode(WireWriter out, Money value) { out.writeLong(value.cents()); }",
        "  @Override public Money decode(WireReader in) { return new Money(in.readLong()); }",
        "}");
  }

  private static String fingerprint(Compilation compilation) throws IOException {
    String companion = compilation.generatedSourceFile("test.ShopIpc").orElseThrow().getCharContent(true).toString();
    Matcher matcher = FINGERPRINT.matcher(companion);
    assertTrue(matcher.find(), companion);
    return matcher.group(1);
  }
}
