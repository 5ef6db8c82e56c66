package org.typedipc.runtime.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.List;

/** What an exported package shows its users: public types, their supertypes and visible members. */
final class ExportedSurface {
  private ExportedSurface() {}

  /** Public types of {@code exported} name no type of {@code internal} in anything a user sees. */
  static ArchRule shouldNotExposeInternalTypes(String internal, String... exported) {
    return classes().that().resideInAnyPackage(exported).and().arePublic()
        .should(new ArchCondition<JavaClass>("name no type of " + internal + " in their visible surface") {
          @Override
          public void check(JavaClass type, ConditionEvents events) {
            List<JavaClass> supertypes = new ArrayList<>(type.getRawInterfaces());
            type.getRawSuperclass().ifPresent(supertypes::add);
            for (JavaClass supertype : supertypes) {
              report(events, type, type.getName() + " extends or implements", supertype, internal);
            }
            for (JavaMember member : type.getMembers()) {
              if (!member.getModifiers().contains(JavaModifier.PUBLIC) && !member.getModifiers().contains(JavaModifier.PROTECTED)) {
                continue;
              }
              if (member instanceof JavaField field) {
                report(events, field, field.getFullName() + " has type", field.getRawType(), internal);
              } else if (member instanceof JavaCodeUnit code) {
                report(events, code, code.getFullName() + " returns", code.getRawReturnType(), internal);
                for (JavaClass parameter : code.getRawParameterTypes()) {
                  report(events, code, code.getFullName() + " takes", parameter, internal);
                }
              }
            }
          }
        });
  }

  private static void report(ConditionEvents events, Object where, String what, JavaClass used, String internal) {
    if (used.getPackageName().startsWith(internal)) {
      events.add(SimpleConditionEvent.violated(where, what + " the internal type " + used.getName()));
    }
  }
}
