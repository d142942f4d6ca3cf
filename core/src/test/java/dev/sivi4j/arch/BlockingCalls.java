package dev.sivi4j.arch;

import com.tngtech.archunit.core.domain.AccessTarget.MethodCallTarget;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethodCall;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** Reports every call a class makes to a method that parks the calling thread. */
final class BlockingCalls extends ArchCondition<JavaClass> {
  private static final Set<String> FUTURES =
      Set.of(
          "java.util.concurrent.Future",
          "java.util.concurrent.CompletableFuture",
          "java.util.concurrent.FutureTask",
          "java.util.concurrent.ForkJoinTask");
  private static final String VERTX_FUTURE = "io.vertx.core.Future";
  private static final String TIME_SOURCE = "dev.sivi4j.spi.TimeSource";
  private static final Set<List<String>> WAIT_SIGNATURES = Set.of(List.of(), List.of("long"), List.of("long", "int"));

  BlockingCalls() {
    super(
        "not call blocking methods (CompletableFuture.join/get, Future.get, io.vertx.core.Future.await, "
            + "Thread.sleep/join, TimeUnit.sleep, TimeSource.sleep, Object.wait, java.util.concurrent await*)");
  }

  @Override
  public void check(JavaClass javaClass, ConditionEvents events) {
    for (JavaMethodCall call : javaClass.getMethodCallsFromSelf()) {
      if (isBlocking(call.getTarget())) {
        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
      }
    }
  }

  static boolean isBlocking(MethodCallTarget target) {
    JavaClass owner = target.getOwner();
    String name = target.getName();
    return switch (name) {
      case "get" -> isFuture(owner);
      case "join" -> isFuture(owner) || owner.isAssignableTo(Thread.class);
      case "sleep" ->
          owner.isAssignableTo(Thread.class)
              || owner.isEquivalentTo(TimeUnit.class)
              || owner.getName().equals(TIME_SOURCE)
              || owner.isAssignableTo(TIME_SOURCE);
      case "wait" -> WAIT_SIGNATURES.contains(target.getRawParameterTypes().stream().map(JavaClass::getName).toList());
      default ->
          name.startsWith("await")
              && (owner.getName().equals(VERTX_FUTURE) || owner.isAssignableTo(VERTX_FUTURE) || isConcurrency(owner));
    };
  }

  /** Latches, barriers, conditions and executors of the JDK, whose {@code await*} methods park. */
  private static boolean isConcurrency(JavaClass owner) {
    return owner.getPackageName().startsWith("java.util.concurrent");
  }

  private static boolean isFuture(JavaClass owner) {
    return FUTURES.contains(owner.getName()) || owner.isAssignableTo(Future.class);
  }
}
