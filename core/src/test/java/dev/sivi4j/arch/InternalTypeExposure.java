package dev.sivi4j.arch;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaMember;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.JavaType;
import com.tngtech.archunit.core.domain.PackageMatcher;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reports every type from an internal package that a class's API mentions: its supertypes, and the
 * field types, parameter types, return types and thrown types of its public (and, in a class that can
 * be extended, protected) members, generic arguments included.
 */
final class InternalTypeExposure extends ArchCondition<JavaClass> {
  /** Public classes whose enclosing classes are all public too. */
  static final DescribedPredicate<JavaClass> VISIBLE_OUTSIDE_THEIR_PACKAGE =
      DescribedPredicate.describe("are visible outside their package", InternalTypeExposure::isVisible);

  private static final PackageMatcher INTERNAL = PackageMatcher.of("..internal..");

  InternalTypeExposure() {
    super("not expose types from ..internal.. in their API");
  }

  @Override
  public void check(JavaClass javaClass, ConditionEvents events) {
    javaClass.getSuperclass().ifPresent(type -> report(javaClass, "extends", List.of(type), events));
    report(javaClass, "implements", javaClass.getInterfaces(), events);
    boolean extensible = !javaClass.getModifiers().contains(JavaModifier.FINAL);
    for (JavaField field : javaClass.getFields()) {
      if (isApi(field, extensible)) {
        report(field, "has type", List.of(field.getType()), events);
      }
    }
    for (JavaCodeUnit unit : javaClass.getCodeUnits()) {
      if (!isApi(unit, extensible)) {
        continue;
      }
      report(unit, "takes", unit.getParameterTypes(), events);
      if (unit instanceof JavaMethod method) {
        report(unit, "returns", List.of(method.getReturnType()), events);
      }
      report(unit, "throws", new ArrayList<JavaType>(unit.getThrowsClause().getTypes()), events);
    }
  }

  private static void report(Object owner, String verb, Collection<? extends JavaType> types, ConditionEvents events) {
    for (JavaType type : types) {
      for (JavaClass raw : type.getAllInvolvedRawTypes()) {
        JavaClass base = raw.getBaseComponentType();
        if (INTERNAL.matches(base.getPackageName())) {
          String who = owner instanceof JavaMember member ? member.getFullName() : ((JavaClass) owner).getName();
          events.add(SimpleConditionEvent.violated(owner, who + " " + verb + " internal type " + base.getName()));
        }
      }
    }
  }

  private static boolean isApi(JavaMember member, boolean extensible) {
    Set<JavaModifier> modifiers = member.getModifiers();
    if (modifiers.contains(JavaModifier.SYNTHETIC) || modifiers.contains(JavaModifier.BRIDGE)) {
      return false;
    }
    return modifiers.contains(JavaModifier.PUBLIC) || (extensible && modifiers.contains(JavaModifier.PROTECTED));
  }

  private static boolean isVisible(JavaClass javaClass) {
    for (Optional<JavaClass> current = Optional.of(javaClass); current.isPresent(); current = current.get().getEnclosingClass()) {
      if (!current.get().getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}
