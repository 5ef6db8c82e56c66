package org.typedipc.processor;

import com.google.auto.service.AutoService;
import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.FilerException;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;

/**
 * Generates, for every {@code @IpcContract} and {@code @IpcEvents} interface, one companion class
 * {@code <Contract>Ipc} in the contract's package: channel constants, a descriptor with channel
 * fingerprints, the renderer proxy of a contract or main's proxy of an events interface, typed
 * registration, handler interfaces and codecs.
 *
 * <p>Generated names carry no {@code $}: a nested contract {@code Outer.Files} gets {@code
 * OuterFilesIpc}. Each companion has exactly one originating element, so the processor is
 * isolating for incremental builds. With {@code -Atypedipc.typescript=true} it also writes each
 * contract's TypeScript bindings ({@link TsOutput}), with the same single originating element. A contract that refers to a type not generated yet (by another
 * processor) is read again in later rounds and reported once, in the last round, if still missing.
 */
@AutoService(Processor.class)
public final class IpcProcessor extends AbstractProcessor {
  private Reporter reporter;
  private ContractReader reader;
  private CodecDeclarations codecDeclarations;
  private ContractValidator validator;
  private ModuleCheck moduleCheck;
  private TsOutput typeScript;
  /** Contracts waiting for types, by qualified name, with the names still missing. */
  private final Map<String, ContractReader.Deferred> deferred = new LinkedHashMap<>();
  /** Companions written in this compilation, by qualified name, with the contract each came from. */
  private final Map<String, TypeElement> written = new HashMap<>();

  /** Creates the processor; javac calls this through the service loader. */
  public IpcProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.CONTRACT, Annotations.EVENTS, Annotations.INVOKE, Annotations.SEND, Annotations.SEND_SYNC,
        Annotations.EVENT, Annotations.CODECS, Annotations.MAIN_FRAME_ONLY, Annotations.GENERATED, Annotations.JAVAX_GENERATED);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(TsOutput.OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
      codecDeclarations = new CodecDeclarations(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
      reader = new ContractReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter, codecDeclarations);
      validator = new ContractValidator(reporter);
      moduleCheck = new ModuleCheck(processingEnv.getElementUtils(), processingEnv.getFiler(), reporter);
      typeScript = new TsOutput(processingEnv.getOptions(), processingEnv.getFiler(), processingEnv.getElementUtils(), reporter);
    }
    reader.nextRound();
    Set<TypeElement> contracts = new LinkedHashSet<>();
    for (String name : new ArrayList<>(deferred.keySet())) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        contracts.add(type);
      }
    }
    deferred.clear();
    // One scan of the round's elements serves both the contracts and the stray method annotations;
    // rounds whose sources carry none of the annotations (the generated companions) need none.
    List<Element> methods = new ArrayList<>();
    Set<? extends Element> annotated = annotations.isEmpty() ? Set.of() : round.getElementsAnnotatedWithAny(annotations.toArray(new TypeElement[0]));
    for (Element element : annotated) {
      if (element.getKind() == ElementKind.PACKAGE || element.getKind() == ElementKind.MODULE) {
        // Checked even when no contract uses them: a wrong declaration is an error where it is written.
        codecDeclarations.declaredOn(element);
      } else if (element instanceof TypeElement type) {
        if (Annotations.find(type, Annotations.CONTRACT) != null || Annotations.find(type, Annotations.EVENTS) != null) {
          contracts.add(type);
        }
      } else if (element.getKind() == ElementKind.METHOD) {
        methods.add(element);
      }
    }
    for (TypeElement contract : contracts) {
      process(contract);
    }
    checkStrayAnnotations(methods);
    if (round.processingOver() && !deferred.isEmpty()) {
      if (!round.errorRaised()) {
        for (Map.Entry<String, ContractReader.Deferred> entry : deferred.entrySet()) {
          TypeElement type = processingEnv.getElementUtils().getTypeElement(entry.getKey());
          if (type != null) {
            ContractReader.Deferred deferral = entry.getValue();
            reporter.error(type, Message.UNRESOLVED_TYPE, deferral.companionName(), type.getSimpleName(),
                String.join(", ", deferral.missingTypes()));
          }
        }
      }
      deferred.clear();
    }
    // Claiming the annotations (the contract's and the markers on the companions it writes) keeps
    // -Xlint:processing from warning that no processor claimed them, which fails -Werror builds.
    return true;
  }

  private void process(TypeElement contract) {
    try {
      ContractReader.Result result = reader.read(contract);
      if (result instanceof ContractReader.Deferred deferral) {
        deferred.put(contract.getQualifiedName().toString(), deferral);
      } else if (result instanceof ContractReader.Valid valid) {
        ContractModel model = valid.model();
        boolean ok = validator.validate(valid);
        ok &= moduleCheck.check(contract, model.companionName());
        if (ok && claimCompanionName(contract, model)) {
          write(contract, model);
        }
      }
    } catch (IOException | RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(contract, Message.PROCESSOR_EXCEPTION, contract.getQualifiedName(), trace);
    }
  }

  private void write(TypeElement contract, ContractModel model) throws IOException {
    try {
      JavaFile companion = new CompanionWriter(model).write(contract);
      // Written in one piece: the filer's writer encodes each of JavaPoet's many small writes
      // separately, which in a build's fresh, unwarmed compiler costs more than producing the text.
      String text = companion.toString();
      JavaFileObject source = processingEnv.getFiler().createSourceFile(qualifiedCompanionName(model), contract);
      try (Writer writer = source.openWriter()) {
        writer.write(text);
      }
      typeScript.write(contract, model);
    } catch (FilerException e) {
      // Another processor created the file in this round, too late for claimCompanionName to see it.
      reporter.error(contract, Message.COMPANION_CLASH, model.companionName(), contract.getSimpleName(),
          "another file of this compilation", contract.getSimpleName());
    }
  }

  private static String qualifiedCompanionName(ContractModel model) {
    String packageName = model.contract().packageName();
    return packageName.isEmpty() ? model.companionName() : packageName + "." + model.companionName();
  }

  /**
   * Whether the companion's name is free: no other contract's companion and no other type of the
   * package has it. Reports the clash on the contract otherwise, before the filer would fail.
   */
  private boolean claimCompanionName(TypeElement contract, ContractModel model) {
    String name = qualifiedCompanionName(model);
    TypeElement earlier = written.putIfAbsent(name, contract);
    String other = null;
    if (earlier != null && !earlier.equals(contract)) {
      other = "the companion of " + earlier.getQualifiedName();
    } else if (earlier == null) {
      TypeElement existing = processingEnv.getElementUtils().getTypeElement(name);
      AnnotationMirror marker = existing == null ? null : Annotations.find(existing, Annotations.GENERATED);
      AnnotationValue from = marker == null ? null : Annotations.explicitValue(marker);
      if (existing != null && (from == null || !contract.getQualifiedName().contentEquals(String.valueOf(from.getValue())))) {
        other = existing.getQualifiedName().toString();
      }
    }
    if (other != null) {
      reporter.error(contract, Message.COMPANION_CLASH, model.companionName(), contract.getSimpleName(), other,
          contract.getSimpleName());
      return false;
    }
    return true;
  }

  /**
   * Kind annotations on methods of interfaces that are neither contracts nor extended by a contract
   * of this compilation do nothing: say so.
   */
  private void checkStrayAnnotations(List<Element> methods) {
    for (Element method : methods) {
      Element owner = method.getEnclosingElement();
      if (Annotations.find(owner, Annotations.CONTRACT) != null || Annotations.find(owner, Annotations.EVENTS) != null
          || reader.inherited().contains(owner)) {
        continue;
      }
      for (String annotation : List.of(Annotations.INVOKE, Annotations.SEND, Annotations.SEND_SYNC, Annotations.EVENT)) {
        AnnotationMirror mirror = Annotations.find(method, annotation);
        if (mirror == null) {
          continue;
        }
        if (annotation.equals(Annotations.EVENT)) {
          reporter.error(method, mirror, null, Message.EVENT_OUTSIDE_EVENTS, owner.getSimpleName());
        } else {
          reporter.error(method, mirror, null, Message.KIND_OUTSIDE_CONTRACT, Annotations.simpleName(annotation),
              ContractReader.signature((ExecutableElement) method), owner.getSimpleName());
        }
      }
    }
  }
}
