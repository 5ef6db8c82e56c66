package org.typedipc.processor;

import com.google.auto.service.AutoService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;

/**
 * Generates, for every {@code @IpcContract} and {@code @IpcEvents} interface, one companion class
 * {@code <Contract>Ipc} in the contract's package: channel constants, a descriptor with channel
 * fingerprints, the renderer proxy or the event senders, typed registration, handler interfaces
 * and codecs.
 *
 * <p>Generated names carry no {@code $}: a nested contract {@code Outer.Files} gets {@code
 * OuterFilesIpc}. Each companion has exactly one originating element, so the processor is
 * isolating for incremental builds. A contract that refers to a type not generated yet (by another
 * processor) is read again in later rounds and reported once, in the last round, if still missing.
 */
@AutoService(Processor.class)
public final class IpcProcessor extends AbstractProcessor {
  private Reporter reporter;
  private ContractReader reader;
  private ContractValidator validator;
  private ModuleCheck moduleCheck;
  /** Contracts waiting for types, by qualified name, with the names still missing. */
  private final Map<String, Set<String>> deferred = new LinkedHashMap<>();

  /** Creates the processor; javac calls this through the service loader. */
  public IpcProcessor() {}

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.CONTRACT, Annotations.EVENTS, Annotations.INVOKE, Annotations.SEND, Annotations.SEND_SYNC,
        Annotations.EVENT);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    if (reporter == null) {
      reporter = new Reporter(processingEnv.getMessager());
      reader = new ContractReader(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), reporter);
      validator = new ContractValidator(reporter);
      moduleCheck = new ModuleCheck(processingEnv.getElementUtils(), processingEnv.getFiler(), reporter);
    }
    Set<TypeElement> contracts = new LinkedHashSet<>();
    for (String name : new ArrayList<>(deferred.keySet())) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        contracts.add(type);
      }
    }
    deferred.clear();
    for (String annotation : List.of(Annotations.CONTRACT, Annotations.EVENTS)) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(annotation);
      if (annotationType != null) {
        for (Element element : round.getElementsAnnotatedWith(annotationType)) {
          if (element instanceof TypeElement type) {
            contracts.add(type);
          }
        }
      }
    }
    for (TypeElement contract : contracts) {
      process(contract);
    }
    checkStrayAnnotations(round);
    if (round.processingOver() && !deferred.isEmpty()) {
      if (!round.errorRaised()) {
        for (Map.Entry<String, Set<String>> entry : deferred.entrySet()) {
          TypeElement type = processingEnv.getElementUtils().getTypeElement(entry.getKey());
          if (type != null) {
            reporter.error(type, Message.UNRESOLVED_TYPE, type.getSimpleName() + "Ipc", type.getSimpleName(),
                String.join(", ", entry.getValue()));
          }
        }
      }
      deferred.clear();
    }
    return false;
  }

  private void process(TypeElement contract) {
    try {
      ContractReader.Result result = reader.read(contract);
      if (result instanceof ContractReader.Deferred deferral) {
        deferred.put(contract.getQualifiedName().toString(), deferral.missingTypes());
      } else if (result instanceof ContractReader.Valid valid) {
        ContractModel model = valid.model();
        boolean ok = validator.validate(valid);
        ok &= moduleCheck.check(contract, model.companionName());
        if (ok) {
          new CompanionWriter(model).write(contract).writeTo(processingEnv.getFiler());
        }
      }
    } catch (IOException | RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      reporter.error(contract, Message.PROCESSOR_EXCEPTION, contract.getQualifiedName(), trace);
    }
  }

  /** Kind annotations on methods of interfaces that are not contracts do nothing: say so. */
  private void checkStrayAnnotations(RoundEnvironment round) {
    for (String annotation : List.of(Annotations.INVOKE, Annotations.SEND, Annotations.SEND_SYNC, Annotations.EVENT)) {
      TypeElement annotationType = processingEnv.getElementUtils().getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element method : round.getElementsAnnotatedWith(annotationType)) {
        Element owner = method.getEnclosingElement();
        boolean contract = Annotations.find(owner, Annotations.CONTRACT) != null;
        boolean events = Annotations.find(owner, Annotations.EVENTS) != null;
        if (contract || events || method.getKind() != ElementKind.METHOD) {
          continue;
        }
        AnnotationMirror mirror = Annotations.find(method, annotation);
        if (annotation.equals(Annotations.EVENT)) {
          reporter.error(method, mirror, null, Message.EVENT_OUTSIDE_EVENTS, owner.getSimpleName());
        } else {
          reporter.error(method, mirror, null, Message.KIND_OUTSIDE_CONTRACT, Annotations.simpleName(annotation),
              ContractReader.signature((javax.lang.model.element.ExecutableElement) method), owner.getSimpleName());
        }
      }
    }
  }
}
