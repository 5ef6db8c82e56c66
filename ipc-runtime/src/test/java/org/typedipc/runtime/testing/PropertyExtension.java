package org.typedipc.runtime.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.opentest4j.TestAbortedException;

/**
 * Gives each test method that declares a {@link Property} parameter its own, named after the class
 * and method, and adds the property's seed to any failure of that test that does not carry it yet.
 * Register it with {@code @ExtendWith(PropertyExtension.class)}.
 */
public final class PropertyExtension implements ParameterResolver, TestExecutionExceptionHandler {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(PropertyExtension.class);

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == Property.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    String name =
        context.getRequiredTestClass().getSimpleName()
            + "#"
            + context.getRequiredTestMethod().getName();
    return context
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Property.class, key -> Property.start(name), Property.class);
  }

  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure)
      throws Throwable {
    Property property = context.getStore(NAMESPACE).get(Property.class, Property.class);
    if (property == null
        || failure instanceof Property.Failure
        || failure instanceof TestAbortedException) {
      throw failure;
    }
    throw new AssertionError(property.describe() + " failed\n  " + failure, failure);
  }
}
