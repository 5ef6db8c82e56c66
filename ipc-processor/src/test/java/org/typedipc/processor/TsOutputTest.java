package org.typedipc.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.typedipc.processor.Sources.compile;
import static org.typedipc.processor.Sources.compileWithTypeScript;
import static org.typedipc.processor.Sources.source;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** When the TypeScript bindings are written, where, and what the processor says when it leaves something out. */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TsOutputTest {
  private static final JavaFileObject NOTES = source("Notes",
      "@IpcContract",
      "public interface Notes {",
      "  CompletableFuture<String> read(String path);",
      "  @SendSync int count();",
      "}");

  @Test
  void noBindingsUnlessAskedFor() {
    Compilation compilation = compile(NOTES);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedFiles().stream().map(JavaFileObject::getName).filter(n -> n.endsWith(".ts")).toList()).isEmpty();
    assertThat(compilation.notes()).isEmpty();
  }

  @Test
  void sendSyncChannelsAreLeftOutWithANoteOnTheMethod() throws IOException {
    Compilation compilation = compileWithTypeScript(NOTES);
    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).hadNoteContaining("[IpcTypeScriptSendSync] The TypeScript bindings of Notes leave out @SendSync count()");
    assertThat(compilation).hadNoteContaining("Make it an @Invoke").inFile(NOTES).onLine(6);
    String bindings = TsGoldenTest.generated(compilation, "Notes");
    assertThat(bindings).contains("read: channels.invoke('Notes:read'");
    assertThat(bindings).doesNotContain("count");
  }

  @Test
  void aTypeWithACodecOfItsOwnGetsBindingsThatTakeThePagesCodecOfIt() throws IOException {
    JavaFileObject packageInfo = JavaFileObjects.forSourceLines("test.package-info",
        "@org.typedipc.api.IpcCodecs(MoneyCodec.class)",
        "package test;");
    JavaFileObject money = JavaFileObjects.forSourceLines("test.Money", "package test;", "public record Money(long cents) {}");
    JavaFileObject moneyCodec = JavaFileObjects.forSourceLines("test.MoneyCodec",
        "package test;",
        "import org.typedipc.runtime.spi.*;",
        "public final class MoneyCodec implements Codec<Money> {",
        "  @Override public void encode(WireWriter out, Money value) { out.writeLong(value.cents()); }",
        "  @Override public Money decode(WireReader in) { return new Money(in.readLong()); }",
        "}");
    JavaFileObject shop = source("Shop",
        "@IpcContract",
        "public interface Shop {",
        "  CompletableFuture<Money> total(String basket);",
        "}");
    Compilation compilation = javac().withClasspath(Sources.CLASSPATH).withOptions("-Atypedipc.typescript=true")
        .withProcessors(new IpcProcessor()).compile(packageInfo, money, moneyCodec, shop);
    assertThat(compilation).succeededWithoutWarnings();
    String bindings = TsGoldenTest.generated(compilation, "Shop");
    assertThat(bindings).contains("export type Money = ShopCodecTypes extends { readonly Money: infer T } ? T : unknown;");
    assertThat(bindings).contains("readonly money: Codec<Money>;");
    assertThat(bindings).contains("export function shopRenderer(ipc: IpcRenderer, codecs: ShopCodecs): Shop {");
    assertThat(bindings).doesNotContain("function encodeMoney(w: WireWriter, value: Money): void {\n  w.enter(");
  }

  @Test
  void aRecordOfASealedUnionMayNotHaveAComponentNamedKind() {
    JavaFileObject shapes = source("Shapes",
        "@IpcContract",
        "public interface Shapes {",
        "  sealed interface Shape permits Dot, Line {}",
        "  record Dot(String kind) implements Shape {}",
        "  record Line(int length) implements Shape {}",
        "  void draw(Shape shape);",
        "}");
    Compilation compilation = javac().withClasspath(Sources.CLASSPATH).withOptions("-Atypedipc.typescript=true")
        .withProcessors(new IpcProcessor()).compile(shapes);
    assertThat(compilation).hadWarningContaining(
        "record test.Shapes.Dot has a component named kind, which the TypeScript union of test.Shapes.Shape uses as its tag");
  }

  @Test
  void twoEnumsOfOneSealedUnionMayNotShareAConstant() {
    JavaFileObject paints = source("Paints",
        "@IpcContract",
        "public interface Paints {",
        "  sealed interface Paint permits Warm, Cold {}",
        "  enum Warm implements Paint { RED, MIXED }",
        "  enum Cold implements Paint { BLUE, MIXED }",
        "  void use(Paint paint);",
        "}");
    Compilation compilation = javac().withClasspath(Sources.CLASSPATH).withOptions("-Atypedipc.typescript=true")
        .withProcessors(new IpcProcessor()).compile(paints);
    assertThat(compilation).hadWarningContaining("enums test.Paints.Warm and test.Paints.Cold of the sealed test.Paints.Paint"
        + " both have the constant MIXED, which a TypeScript string cannot tell apart");
  }

  @Test
  void anOptionalInsideAnOptionalHasNoTypeScriptForm() {
    JavaFileObject maybe = source("Maybe",
        "@IpcContract",
        "public interface Maybe {",
        "  void set(Optional<Optional<String>> value);",
        "}");
    Compilation compilation = javac().withClasspath(Sources.CLASSPATH).withOptions("-Atypedipc.typescript=true")
        .withProcessors(new IpcProcessor()).compile(maybe);
    assertThat(compilation).hadWarningContaining("java.util.Optional<java.util.Optional<java.lang.String>> would be T | null"
        + " twice over");
  }

  @Test
  void theBindingsCarryTheFingerprintOfTheJavaDescriptor() throws IOException {
    Compilation compilation = compileWithTypeScript(NOTES);
    String bindings = TsGoldenTest.generated(compilation, "Notes");
    java.util.regex.Matcher fingerprint = java.util.regex.Pattern.compile("fingerprint: '([0-9a-f]{64})'").matcher(bindings);
    assertThat(fingerprint.find()).isTrue();
    assertThat(compilation).generatedSourceFile("test.NotesIpc").contentsAsUtf8String()
        .contains("new ContractDescriptor(\"test.Notes\",\n      \"" + fingerprint.group(1) + "\")");
  }

  @Test
  void anOptionValueOtherThanTrueOrFalseIsAnError() {
    Compilation compilation = javac().withClasspath(Sources.CLASSPATH).withOptions("-Atypedipc.typescript=yes")
        .withProcessors(new IpcProcessor()).compile(NOTES);
    assertThat(compilation).hadErrorContaining("[IpcTypeScriptOption] -Atypedipc.typescript=yes is neither true nor false");
  }

  @Test
  void nestedContractsAndUserTypesGetNamesThatClashWithNothing() throws IOException {
    JavaFileObject outer = source("Outer",
        "public interface Outer {",
        "  @IpcContract interface Files {",
        "    record Entry(String name) {}",
        "    record Error(String text) {}",
        "    record OuterFiles(Entry entry) {}",
        "    CompletableFuture<Error> open(OuterFiles files, Entry entry, String options);",
        "  }",
        "}");
    Compilation compilation = compileWithTypeScript(outer);
    assertThat(compilation).succeededWithoutWarnings();
    String bindings = TsGoldenTest.generated(compilation, "OuterFiles");
    List<String> declarations = bindings.lines().filter(l -> l.startsWith("export ")).toList();
    assertThat(declarations).containsAtLeast("export interface Entry {", "export interface FilesError {",
        "export interface FilesOuterFiles {", "export interface OuterFiles {", "export const OuterFilesContract: Contract = {");
    assertThat(bindings).contains("open(files, entry, options_, options)");
    assertThat(compilation.diagnostics().stream().filter(d -> d.getKind() == Diagnostic.Kind.WARNING).toList()).isEmpty();
  }
}
